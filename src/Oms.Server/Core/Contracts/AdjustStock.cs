using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

/// <summary>A relative correction of on-hand at a location, with the reason the journal keeps.</summary>
public sealed record AdjustStock(string Location, string Sku, int Delta, string? Reason) : ICommand<int>;
