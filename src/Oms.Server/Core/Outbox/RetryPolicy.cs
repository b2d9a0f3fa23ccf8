namespace Oms.Server.Core.Outbox;

/// <summary>Exponential backoff with jitter, up to a number of attempts; past them the delivery is dead-lettered.</summary>
public sealed record RetryPolicy(TimeSpan First, double Factor, TimeSpan Max, int MaxAttempts)
{
    /// <summary>About a day: 30 s doubling to 6 h, 12 attempts (30 s … 6 h, ≈ 24 h in all).</summary>
    public static readonly RetryPolicy Day = new(TimeSpan.FromSeconds(30), 2, TimeSpan.FromHours(6), 12);

    /// <summary>Work of the OMS itself: quick retries, then a person looks at the dead letter.</summary>
    public static readonly RetryPolicy Internal = new(TimeSpan.FromSeconds(5), 2, TimeSpan.FromMinutes(10), 20);

    /// <param name="attempt">The attempt that just failed, 1-based.</param>
    public TimeSpan Delay(int attempt)
    {
        var seconds = Math.Min(Max.TotalSeconds, First.TotalSeconds * Math.Pow(Factor, Math.Max(0, attempt - 1)));
        // ±20 % so that deliveries failing together do not retry together.
        return TimeSpan.FromSeconds(seconds * (0.8 + Random.Shared.NextDouble() * 0.4));
    }
}
