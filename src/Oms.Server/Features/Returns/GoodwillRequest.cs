namespace Oms.Server.Features.Returns;

/// <summary>An amount given on top of the refund, with the reason (above the approval policy's limit it waits for finance).</summary>
public sealed record GoodwillRequest(decimal? Amount, string? Reason);
