using System.Diagnostics;

namespace Oms.Server.Tests.Warehouse;

/// <summary>Waits for a condition that something else (the consumer, the broker) brings about, as long as a loaded machine needs.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromMinutes(2);
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < limit, $"Waited {limit.TotalSeconds:0} s for {what}.");
            await Task.Delay(100);
        }
    }
}
