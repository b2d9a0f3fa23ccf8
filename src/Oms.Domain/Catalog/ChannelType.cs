using System.Diagnostics.CodeAnalysis;
using Oms.Domain.Common;

namespace Oms.Domain.Catalog;

public enum ChannelType { Webshop, Marketplace, App, Pos, CallCenter }
