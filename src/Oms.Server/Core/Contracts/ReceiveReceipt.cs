using Oms.Domain.Inventory;
using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

/// <summary>The announced goods arrived (possibly more or fewer): on-hand goes up; orders promised against them go first.</summary>
public sealed record ReceiveReceipt(Guid ReceiptId, int? Quantity) : ICommand<ExpectedReceipt>;
