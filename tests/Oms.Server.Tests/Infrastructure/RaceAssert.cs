using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Oms.Server.Tests.Infrastructure;

/// <summary>
/// Assertions for many concurrent requests. A failure names every unexpected answer with its body and adds what the
/// server logged (warnings and errors, with their exceptions), so that the exception behind a 500 is in the test output.
/// </summary>
public static class RaceAssert
{
    /// <summary>Every response has one of the <paramref name="allowed"/> statuses.</summary>
    public static async Task StatusesAsync(IEnumerable<HttpResponseMessage> responses, Func<string> serverLog,
        params HttpStatusCode[] allowed)
    {
        var unexpected = new List<string>();
        var i = 0;
        foreach (var r in responses)
        {
            if (!allowed.Contains(r.StatusCode))
            {
                var request = $"{r.RequestMessage?.Method} {r.RequestMessage?.RequestUri?.PathAndQuery}";
                unexpected.Add($"#{i} {request}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
            }
            i++;
        }
        if (unexpected.Count == 0) return;
        Assert.Fail($"{unexpected.Count} of {i} answers were not {string.Join(" or ", allowed.Select(s => (int)s))}:\n"
            + string.Join('\n', unexpected.Take(20)) + "\n--- what the server logged ---\n" + serverLog());
    }

    /// <summary>The warnings and errors an in-process OMS logged, with their exceptions (the last <paramref name="max"/>).</summary>
    public static Func<string> Logged(OmsFixture fx, int max = 20) => () =>
    {
        var entries = fx.Log.Entries.Where(e => e.Level >= LogLevel.Warning).TakeLast(max).ToList();
        if (entries.Count == 0) return "(no warnings or errors)";
        var text = new StringBuilder();
        foreach (var e in entries)
            text.Append(e.Level).Append(' ').Append(e.Category).Append(": ").AppendLine(e.Message).AppendLine(e.Exception?.ToString());
        return text.ToString();
    };

    /// <summary>The warning and error lines of a server process's console output, then its last lines.</summary>
    public static string Problems(string output, int tail = 40)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var problems = lines.Where(l => l.Contains(" fail: ", StringComparison.Ordinal) || l.Contains(" crit: ", StringComparison.Ordinal)
            || l.Contains(" warn: ", StringComparison.Ordinal) || l.StartsWith("fail:", StringComparison.Ordinal)
            || l.StartsWith("crit:", StringComparison.Ordinal) || l.StartsWith("Unhandled exception", StringComparison.Ordinal)).ToList();
        return $"{problems.Count} warning/error line(s):\n{string.Join('\n', problems.TakeLast(60))}\n"
            + $"--- last {tail} lines ---\n{string.Join('\n', lines.TakeLast(tail))}";
    }
}
