namespace Oms.Server.Core.Scheduling;

/// <summary>
/// A sweep that runs every <see cref="Interval"/> on one node at a time (the scheduler takes a lease in the database
/// first). Its work must be commands of their own, so that a sweep that runs twice changes nothing twice.
/// </summary>
public interface IPeriodicJob
{
    string Name { get; }
    TimeSpan Interval { get; }
    Task RunAsync(IServiceProvider services, CancellationToken ct);
}
