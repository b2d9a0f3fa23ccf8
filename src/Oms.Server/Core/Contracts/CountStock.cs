using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

/// <summary>Absolute on-hand counts at a location (a snapshot of one or more SKUs), in one command.</summary>
public sealed record CountStock(string Location, IReadOnlyList<StockCount> Counts, string? Reason = null) : ICommand<int>;
