namespace Oms.Server.Core.Contracts;

[RequiredFields]
public sealed record CustomerRequest(string? Email, string? Name, string? Phone);
