namespace Oms.Domain.Returns;

/// <summary>
/// One unit of a return line, received (or declared missing) at a location, with its disposition. A unit that needs
/// inspection keeps <see cref="ReceivedAs"/> and gets its final <see cref="Disposition"/> when a person decides.
/// </summary>
public sealed class ReturnReceipt
{
    private ReturnReceipt() { LocationCode = null!; ReceivedBy = null!; }

    internal ReturnReceipt(Guid id, Guid returnOrderId, Guid returnLineId, int sequence, string locationCode, Disposition disposition,
        DateTime at, string actor, string? note)
    {
        Id = id;
        ReturnOrderId = returnOrderId;
        ReturnLineId = returnLineId;
        Sequence = sequence;
        LocationCode = locationCode;
        ReceivedAs = disposition;
        Disposition = disposition;
        ReceivedAt = at;
        ReceivedBy = actor;
        Note = note;
    }

    public Guid Id { get; private set; }
    public Guid ReturnOrderId { get; private set; }
    public Guid ReturnLineId { get; private set; }
    public int Sequence { get; private set; }
    public string LocationCode { get; private set; }
    /// <summary>The disposition given at the receiving desk.</summary>
    public Disposition ReceivedAs { get; private set; }
    /// <summary>The disposition now: differs from <see cref="ReceivedAs"/> once an inspection decided.</summary>
    public Disposition Disposition { get; private set; }
    public DateTime ReceivedAt { get; private set; }
    public string ReceivedBy { get; private set; }
    public string? Note { get; private set; }
    public DateTime? InspectedAt { get; private set; }
    public string? InspectedBy { get; private set; }

    public bool AwaitsInspection => Disposition == Disposition.NeedsInspection;

    internal void Decide(Disposition decision, DateTime at, string actor, string? note)
    {
        Disposition = decision;
        InspectedAt = at;
        InspectedBy = actor;
        if (note is not null) Note = note;
    }
}
