namespace Oms.Server.Features.Warehouse;

public sealed record WmsCustomer(string? Name, string? Email, string? Phone);
