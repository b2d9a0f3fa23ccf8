namespace Oms.Server.Features.Notifications.Model;

public sealed record AddressModel(string Name, string Line1, string? Line2, string PostalCode, string City, string Country);
