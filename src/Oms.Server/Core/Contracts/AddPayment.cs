using Oms.Domain.Orders;
using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

/// <summary>Another payment instrument for an order (after a decline, say).</summary>
public sealed record AddPayment(string Order, PaymentRequest Payment) : ICommand<Order>;
