using Oms.Domain.Inventory;
using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

public sealed record CancelReceipt(Guid ReceiptId) : ICommand<ExpectedReceipt>;
