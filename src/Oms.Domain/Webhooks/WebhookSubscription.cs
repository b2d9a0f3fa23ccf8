using Oms.Domain.Common;

namespace Oms.Domain.Webhooks;

/// <summary>
/// Someone outside the OMS asked to be told about events: the OMS POSTs each event of the types it names to its URL,
/// signed with its secret. The server checks the URL and the type names against its rules and its event catalogue
/// before it builds one; this type keeps what it is given whole (never an empty type list) and records why and when it
/// was switched off. A disabled subscription gets no new deliveries until it is enabled again.
/// </summary>
public sealed class WebhookSubscription
{
    /// <summary>Event type names are stored as one space-separated column.</summary>
    private const char Separator = ' ';

    private WebhookSubscription() { Url = null!; EventTypes = null!; Secret = null!; CreatedBy = null!; }

    public WebhookSubscription(Guid id, string url, IReadOnlyCollection<string> eventTypes, string secret, string? description,
        Actor createdBy, DateTime now)
    {
        Id = id;
        Url = url;
        EventTypes = Join(eventTypes);
        Secret = Required(secret, "secret");
        Description = description;
        CreatedBy = createdBy.ToString();
        CreatedAt = now;
        UpdatedAt = now;
        Enabled = true;
    }

    public Guid Id { get; private set; }
    /// <summary>Where events are POSTed.</summary>
    public string Url { get; private set; }
    /// <summary>Space-separated type names or patterns (<c>order.captured line.*</c>); see <see cref="Types"/>.</summary>
    public string EventTypes { get; private set; }
    /// <summary>The signing secret (<c>whsec_</c> + base64 key bytes). Shown to the caller once, when it is created.</summary>
    public string Secret { get; private set; }
    public string? Description { get; private set; }
    public bool Enabled { get; private set; }
    /// <summary>Why it was switched off: by whom, or what the endpoint kept answering.</summary>
    public string? DisabledReason { get; private set; }
    public DateTime? DisabledAt { get; private set; }
    /// <summary>The X-Actor of the request that created it.</summary>
    public string CreatedBy { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyList<string> Types => EventTypes.Split(Separator, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>An exact name, a <c>prefix.*</c> pattern that covers the name, or <c>*</c> for everything.</summary>
    public bool Wants(string eventType) => Types.Any(t => Covers(t, eventType));

    public static bool Covers(string pattern, string eventType)
        => pattern == "*"
            || (pattern.EndsWith(".*", StringComparison.Ordinal) && eventType.StartsWith(pattern[..^1], StringComparison.Ordinal))
            || string.Equals(pattern, eventType, StringComparison.Ordinal);

    /// <summary>Replaces what a caller may change; a new secret only when one is given.</summary>
    public void Change(string url, IReadOnlyCollection<string> eventTypes, string? description, string? secret, DateTime now)
    {
        Url = url;
        EventTypes = Join(eventTypes);
        Description = description;
        if (secret is not null) Secret = Required(secret, "secret");
        UpdatedAt = now;
    }

    /// <returns>False when it was disabled already (the first reason stays).</returns>
    public bool Disable(string reason, DateTime now)
    {
        if (!Enabled) return false;
        Enabled = false;
        DisabledReason = Required(reason, "reason");
        DisabledAt = now;
        UpdatedAt = now;
        return true;
    }

    public void Enable(DateTime now)
    {
        if (Enabled) return;
        Enabled = true;
        DisabledReason = null;
        DisabledAt = null;
        UpdatedAt = now;
    }

    private static string Join(IReadOnlyCollection<string> eventTypes)
    {
        if (eventTypes.Count == 0 || eventTypes.Any(t => string.IsNullOrWhiteSpace(t) || t.Contains(Separator, StringComparison.Ordinal)))
            throw new BusinessRuleException("eventTypes", "Name at least one event type, each without spaces.");
        return string.Join(Separator, eventTypes);
    }

    private static string Required(string value, string field)
        => string.IsNullOrWhiteSpace(value) ? throw new BusinessRuleException(field, $"{field} is required.") : value;
}
