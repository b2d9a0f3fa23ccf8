using Oms.Domain.Inventory;
using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

/// <summary>Goods announced on their way to a location (a purchase order line, a transfer).</summary>
public sealed record ExpectReceipt(string? Location, string? Sku, int? Quantity, DateTime? ExpectedAt,
    string? Reference) : ICommand<ExpectedReceipt>;
