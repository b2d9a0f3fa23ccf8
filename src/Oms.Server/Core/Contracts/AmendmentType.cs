namespace Oms.Server.Core.Contracts;

public enum AmendmentType { ChangeQuantity, AddLine, RemoveLine, ChangeShippingAddress, ChangeDeliveryMethod }
