namespace Oms.Server.Features.Connectors;

/// <summary>
/// A cancellation the channel asked for carries this prefix in its reason, so that the outbound side does not report it
/// back to the channel it came from.
/// </summary>
public static class ChannelCancellation
{
    public const string Prefix = "Cancelled in the channel: ";

    public static string Reason(string reason) => Prefix + (string.IsNullOrWhiteSpace(reason) ? "no reason given" : reason.Trim());

    public static bool CameFromChannel(string? reason) => reason?.StartsWith(Prefix, StringComparison.Ordinal) == true;
}
