namespace Oms.Ui.Api.Models;

/// <summary>The order's customer.</summary>
public sealed record Customer(Guid Id, string? Email, string? Name, string? Phone);
