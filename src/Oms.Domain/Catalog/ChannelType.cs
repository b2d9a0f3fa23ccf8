namespace Oms.Domain.Catalog;

public enum ChannelType { Webshop, Marketplace, App, Pos, CallCenter }
