namespace Oms.Persistence.Outbox;

/// <summary>
/// Who runs a periodic sweep right now. A node runs a sweep only while it holds the lease, taken with a conditional
/// UPDATE, so that with N nodes each sweep runs on one of them at a time.
/// </summary>
public sealed class SchedulerLease
{
    private SchedulerLease() { Name = null!; }

    public SchedulerLease(string name) => Name = name;

    public string Name { get; private set; }
    public string? Owner { get; private set; }
    public DateTime? LeaseUntil { get; private set; }
    public DateTime? LastRunAt { get; private set; }
}
