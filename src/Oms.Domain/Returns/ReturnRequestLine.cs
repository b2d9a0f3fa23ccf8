namespace Oms.Domain.Returns;

/// <summary>Units of one order line a customer wants to send back (or claim for).</summary>
public sealed record ReturnRequestLine(Guid OrderLineId, int Quantity);
