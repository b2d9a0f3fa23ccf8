namespace Oms.Server.Core.Contracts;

/// <summary>The order's customer; absent on an anonymous till sale.</summary>
public sealed record CustomerResponse(Guid Id, string? Email, string? Name, string? Phone);
