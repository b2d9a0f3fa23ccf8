using Oms.Domain.Orders;
using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

/// <summary>Replace an instrument that is declined or still awaiting authorisation with another.</summary>
public sealed record ReplacePayment(string Order, int Sequence, PaymentRequest Payment) : ICommand<Order>;
