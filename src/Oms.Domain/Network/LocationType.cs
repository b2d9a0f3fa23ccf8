using System.Diagnostics.CodeAnalysis;
using Oms.Domain.Common;

namespace Oms.Domain.Network;

public enum LocationType { DistributionCenter, Store, ExternalDc, DropShipSupplier, CarrierPickupPoint }
