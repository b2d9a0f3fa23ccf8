namespace Oms.Ui.Api.Models;

/// <summary>A carrier and how its tracking links are made.</summary>
public sealed record Carrier(string Code, string Name, string? TrackingUrlTemplate)
{
    /// <summary>The tracking page for <paramref name="trackingNumber"/>, when the carrier has a template.</summary>
    public Uri? TrackingUrl(string trackingNumber)
        => TrackingUrlTemplate is { Length: > 0 } t
            && Uri.TryCreate(t.Replace("{trackingNumber}", Uri.EscapeDataString(trackingNumber), StringComparison.Ordinal), UriKind.Absolute,
                out var url) ? url : null;
}
