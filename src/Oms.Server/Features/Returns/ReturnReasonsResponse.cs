namespace Oms.Server.Features.Returns;

/// <summary>The reasons of the active return policy, in the order a form or a till shows them.</summary>
/// <param name="PolicyVersion">The return policy version they come from (0: the built-in default).</param>
/// <param name="DefaultWindowDays">Days a unit may come back after it reached the customer, unless its channel has its own.</param>
/// <param name="WindowDaysByChannel">Channels with their own window.</param>
public sealed record ReturnReasonsResponse(int PolicyVersion, int DefaultWindowDays, IReadOnlyDictionary<string, int> WindowDaysByChannel,
    IReadOnlyList<ReturnReasonResponse> Reasons);
