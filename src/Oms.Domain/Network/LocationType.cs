namespace Oms.Domain.Network;

public enum LocationType { DistributionCenter, Store, ExternalDc, DropShipSupplier, CarrierPickupPoint }
