using Oms.Messaging.Bus;

namespace Oms.Messaging.Tests;

/// <summary>What a test consumer received, in order, with a way to wait for the n-th delivery.</summary>
internal sealed class Deliveries
{
    private readonly Lock _lock = new();
    private readonly List<ReceivedBusMessage> _received = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<ReceivedBusMessage> All
    {
        get
        {
            lock (_lock)
                return [.. _received];
        }
    }

    public void Add(ReceivedBusMessage message)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            _received.Add(message);
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.SetResult();
    }

    /// <summary>Waits until <paramref name="count"/> messages arrived and returns the first <paramref name="count"/>.</summary>
    public async Task<IReadOnlyList<ReceivedBusMessage>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (_received.Count >= count)
                    return _received.Take(count).ToList();
                changed = _changed.Task;
            }
            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Received {All.Count} message(s), expected {count}: " +
                                           string.Join(", ", All.Select(m => m.MessageId)));
            }
        }
    }
}
