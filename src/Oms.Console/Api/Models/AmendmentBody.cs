namespace Oms.Ui.Api.Models;

/// <summary>The body of POST /api/orders/{number}/amendments (and …/preview), as the API's contract names its fields.</summary>
public sealed record AmendmentBody(string Type, Guid? LineId = null, int? Quantity = null, NewLineBody? Line = null,
    AddressBody? ShippingAddress = null, string? DeliveryMethod = null, string? PickupLocation = null);
