namespace Oms.Server.Core.Outbox;

/// <summary>A node's claim on the inline deliveries a command writes: they are born claimed by it until the lease ends.</summary>
internal sealed record InlineClaim(string Node, DateTime Until);

/// <summary>What a command wrote to the outbox: the inline deliveries to run right after its commit, and whether the relay has work.</summary>
/// <param name="Inline">Born claimed by this node, with their events as written: run without reading them back.</param>
/// <param name="ForRelay">Deliveries the relay must pick up (not inline, or inline ones left unclaimed).</param>
internal sealed record OutboxWrite(IReadOnlyList<OutboxMessage> Inline, bool ForRelay)
{
    public static readonly OutboxWrite Nothing = new([], false);
}
