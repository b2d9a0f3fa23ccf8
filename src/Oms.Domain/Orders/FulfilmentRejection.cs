namespace Oms.Domain.Orders;

/// <summary>A line a location gave back: which, how many, why, when and who said so.</summary>
public sealed class FulfilmentRejection
{
    private FulfilmentRejection() { Sku = null!; Reason = null!; Actor = null!; }

    internal FulfilmentRejection(Guid id, Guid fulfilmentOrderId, Guid lineId, int lineNumber, string sku, int quantity, string reason,
        DateTime at, string actor)
        => (Id, FulfilmentOrderId, LineId, LineNumber, Sku, Quantity, Reason, At, Actor) = (id, fulfilmentOrderId, lineId, lineNumber,
            sku, quantity, reason, at, actor);

    public Guid Id { get; private set; }
    public Guid FulfilmentOrderId { get; private set; }
    public Guid LineId { get; private set; }
    public int LineNumber { get; private set; }
    public string Sku { get; private set; }
    public int Quantity { get; private set; }
    public string Reason { get; private set; }
    public DateTime At { get; private set; }
    public string Actor { get; private set; }
}
