namespace Oms.Server.Core.Contracts;

public sealed record CustomerRequest(string? Email, string? Name, string? Phone);
