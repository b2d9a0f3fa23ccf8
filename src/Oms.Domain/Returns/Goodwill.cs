namespace Oms.Domain.Returns;

/// <summary>An amount given on top of the refund, with the reason a person gave.</summary>
public sealed record Goodwill(decimal Amount, string Reason);
