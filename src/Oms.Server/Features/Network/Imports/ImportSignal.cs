namespace Oms.Server.Features.Network.Imports;

/// <summary>Wakes this node's import worker when this node accepts a job, so that it starts without waiting for the next poll.</summary>
public sealed class ImportSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly Lock _gate = new();

    public void Notify()
    {
        lock (_gate)
        {
            if (_signal.CurrentCount == 0) _signal.Release();
        }
    }

    /// <summary>Completes when notified or after <paramref name="timeout"/>.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);

    public void Dispose() => _signal.Dispose();
}
