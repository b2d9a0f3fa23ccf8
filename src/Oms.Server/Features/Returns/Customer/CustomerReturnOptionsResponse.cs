namespace Oms.Server.Features.Returns.Customer;

/// <summary>What the customer may return now: per line the units still returnable (or why none), and the reasons to choose from.</summary>
public sealed record CustomerReturnOptionsResponse(string Number, IReadOnlyList<CustomerReturnableLine> Lines,
    IReadOnlyList<CustomerReturnReason> Reasons);
