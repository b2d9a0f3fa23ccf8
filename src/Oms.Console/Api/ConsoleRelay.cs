using System.Net;
using System.Security.Cryptography;

namespace Oms.Ui.Api;

/// <summary>
/// The console calls the API over loopback on behalf of a browser. So that rate limits (and logs) count those calls against
/// the browser's address rather than the server's own, each call names that address in <see cref="Header"/> together with a
/// secret made at start and known only to this process; the server believes the address only with the secret, only from
/// loopback, and removes the header either way.
/// </summary>
public sealed class ConsoleRelay
{
    public const string Header = "X-Oms-Console";

    private readonly string _secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public string Value(IPAddress browser) => $"{_secret} {browser}";

    /// <summary>The browser's address when <paramref name="value"/> carries this process's secret; otherwise null.</summary>
    public IPAddress? Browser(string value)
    {
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        if (space != _secret.Length) return null;
        if (!CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(value[..space]),
                System.Text.Encoding.ASCII.GetBytes(_secret))) return null;
        return IPAddress.TryParse(value[(space + 1)..], out var address) ? address : null;
    }
}
