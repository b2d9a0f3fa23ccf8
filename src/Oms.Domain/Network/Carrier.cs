using System.Diagnostics.CodeAnalysis;
using Oms.Domain.Common;

namespace Oms.Domain.Network;

/// <summary>
/// A parcel carrier that shipments go with (PostNL, DHL, a courier). Its tracking URL template turns a tracking number
/// into the link a customer follows. Never deleted (shipments name it); a carrier no longer used is disabled.
/// </summary>
public sealed class Carrier
{
    public const string TrackingNumberPlaceholder = "{trackingNumber}";
    public const int MaxServices = 20;

    private Carrier() { Code = null!; Name = null!; Services = []; }

    public Carrier(string code, string name, string? trackingUrlTemplate = null, IEnumerable<string>? services = null)
    {
        Code = ReferenceCode.Check(code, "code");
        Name = Guard.NotEmpty(name, "name");
        ChangeTracking(trackingUrlTemplate);
        OfferServices(services ?? []);
    }

    public string Code { get; private set; }
    public string Name { get; private set; }
    /// <summary>
    /// An absolute http(s) URL with <c>{trackingNumber}</c> where the tracking number goes; none when the carrier has no tracking page.
    /// </summary>
    public string? TrackingUrlTemplate { get; private set; }
    public bool Enabled { get; private set; } = true;
    /// <summary>
    /// The carrier's service codes the retailer uses (<c>standard</c>, <c>express</c>, <c>evening</c>), in the order given.
    /// </summary>
    public IReadOnlyList<string> Services { get; private set; }

    public void Rename(string name) => Name = Guard.NotEmpty(name, "name");

    public void ChangeTracking(string? trackingUrlTemplate)
    {
        if (string.IsNullOrWhiteSpace(trackingUrlTemplate))
        {
            TrackingUrlTemplate = null;
            return;
        }
        var t = trackingUrlTemplate.Trim();
        if (!t.Contains(TrackingNumberPlaceholder, StringComparison.Ordinal))
            throw new BusinessRuleException("trackingUrlTemplate", $"trackingUrlTemplate must contain {TrackingNumberPlaceholder}.");
        if (t.Length > 500
            || !Uri.TryCreate(t.Replace(TrackingNumberPlaceholder, "X", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("https" or "http"))
            throw new BusinessRuleException("trackingUrlTemplate",
                "trackingUrlTemplate must be an absolute http(s) URL of at most 500 characters.");
        TrackingUrlTemplate = t;
    }

    [MemberNotNull(nameof(Services))]
    public void OfferServices(IEnumerable<string> services)
    {
        var list = services.Select((s, i) => ReferenceCode.Check(s, $"services[{i}]")).ToList();
        if (list.Count > MaxServices) throw new BusinessRuleException("services", $"A carrier has at most {MaxServices} services.");
        var twice = list.GroupBy(s => s, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new BusinessRuleException("services", $"Service '{twice.Key}' is listed twice.");
        Services = list;
    }

    public void Enable() => Enabled = true;

    public void Disable() => Enabled = false;

    /// <summary>The tracking page of a shipment, or null when the carrier has no template.</summary>
    public Uri? TrackingUrl(string trackingNumber) => TrackingUrlTemplate is { } t
        ? new Uri(t.Replace(TrackingNumberPlaceholder, Uri.EscapeDataString(Guard.NotEmpty(trackingNumber, "trackingNumber")),
            StringComparison.Ordinal))
        : null;
}
