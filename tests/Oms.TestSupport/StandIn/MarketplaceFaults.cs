namespace Oms.TestSupport.StandIn;

/// <summary>Faults queued per operation: each lets <c>after</c> calls of its operation pass, then answers one call. Thread-safe.</summary>
internal sealed class MarketplaceFaults
{
    private readonly Lock gate = new();
    private readonly List<(string Operation, int After, MarketplaceFault Fault)> queued = [];

    public void Add(string operation, MarketplaceFault fault, int after)
    {
        lock (gate) queued.Add((operation, after, fault));
    }

    public MarketplaceFault? Take(string operation)
    {
        lock (gate)
        {
            var i = queued.FindIndex(q => q.Operation == operation);
            if (i < 0) return null;
            var (op, after, fault) = queued[i];
            if (after > 0)
            {
                queued[i] = (op, after - 1, fault);
                return null;
            }

            queued.RemoveAt(i);
            return fault;
        }
    }
}
