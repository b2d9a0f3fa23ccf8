using System.Net;
using FluentValidation;
using FluentValidation.Results;
using Oms.Domain.Webhooks;
using Oms.Server.Core.Events;
using Oms.Server.Core.Json;

namespace Oms.Server.Features.Webhooks;

/// <summary>
/// What a subscription may ask for, checked before anything is stored (400 with an error per field): an absolute https
/// URL (http only to a loopback address unless <see cref="WebhookOptions.AllowHttp"/>), event types that the catalogue
/// publishes (an exact name, <c>prefix.*</c> covering at least one, or <c>*</c>), and a secret in the spec's format.
/// </summary>
public static class WebhookSubscriptionRules
{
    public const int MaxUrl = 2000;
    public const int MaxTypes = 50;
    public const int MaxDescription = 500;

    public sealed record Checked(string Url, IReadOnlyList<string> EventTypes, string? Secret, string? Description);

    public static Checked Check(string? url, IReadOnlyList<string?>? eventTypes, string? secret, string? description, bool allowHttp)
    {
        var errors = new List<ValidationFailure>();
        var checkedUrl = CheckUrl(url, allowHttp, errors);
        var types = CheckTypes(eventTypes, errors);
        string? normalised = null;
        if (secret is not null && (normalised = WebhookSecrets.Normalise(secret)) is null)
            errors.Add(new("secret", $"secret must be {WebhookSecrets.Prefix} followed by the base64 of {WebhookSecrets.MinBytes} to " +
                $"{WebhookSecrets.MaxBytes} random bytes; leave it out and the OMS makes one."));
        var text = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        if (text is { Length: > MaxDescription }) errors.Add(new("description",
            $"description must be at most {MaxDescription} characters."));
        else if (text is not null && !TextRules.IsStorable(text)) errors.Add(new("description", TextRules.Problem(text)));
        if (errors.Count > 0) throw new ValidationException(errors);
        return new Checked(checkedUrl!, types, normalised, text);
    }

    private static string? CheckUrl(string? url, bool allowHttp, List<ValidationFailure> errors)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            errors.Add(new("url", "url is required: the https address the OMS POSTs events to."));
            return null;
        }
        var text = url.Trim();
        if (text.Length > MaxUrl) errors.Add(new("url", $"url must be at most {MaxUrl} characters."));
        else if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            errors.Add(new("url", "url must be an absolute https URL, such as https://example.com/oms/webhooks."));
        else if (uri.UserInfo.Length > 0)
            errors.Add(new("url", "url must not carry a user name or password: verify the webhook signature instead."));
        else if (uri.Fragment.Length > 0)
            errors.Add(new("url", "url must not have a fragment (#…)."));
        else if (uri.Scheme == Uri.UriSchemeHttp && !allowHttp && !IsLoopback(uri))
            errors.Add(new("url",
                "url must use https; plain http is accepted for loopback addresses only (set Webhooks:AllowHttp to allow it)."));
        else return uri.AbsoluteUri;
        return null;
    }

    private static bool IsLoopback(Uri uri)
        => uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip));

    private static List<string> CheckTypes(IReadOnlyList<string?>? eventTypes, List<ValidationFailure> errors)
    {
        var types = new List<string>();
        if (eventTypes is null || eventTypes.Count == 0)
        {
            errors.Add(new("eventTypes", "eventTypes is required: name the events to receive (order.captured, line.*, or * for all)."));
            return types;
        }
        if (eventTypes.Count > MaxTypes) errors.Add(new("eventTypes",
            $"Name at most {MaxTypes} event types; use patterns such as line.*."));
        for (var i = 0; i < eventTypes.Count && i < MaxTypes; i++)
        {
            var type = eventTypes[i]?.Trim();
            if (string.IsNullOrEmpty(type)) errors.Add(new($"eventTypes[{i}]", "An event type cannot be empty."));
            else if (!Published(type))
                errors.Add(new($"eventTypes[{i}]",
                    $"'{Shorten(type)}' names no published event. Use a type from GET /api/events/catalogue, " +
                    "a pattern such as line.* or order.*, or * for every event."));
            else if (!types.Contains(type, StringComparer.Ordinal)) types.Add(type);
        }
        return types;
    }

    /// <summary>The pattern covers at least one type of the catalogue (internal work items are never in it).</summary>
    private static bool Published(string pattern)
        => pattern.Length <= 100 && EventCatalogue.All.Any(t => WebhookSubscription.Covers(pattern, t.Type));

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
