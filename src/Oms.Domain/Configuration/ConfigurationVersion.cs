using Oms.Domain.Common;

namespace Oms.Domain.Configuration;

/// <summary>
/// One version of a runtime configuration document (a sourcing rule set, a channel's stock allocation, …).
/// Versions are never edited: a change is a new version, activated by someone at some time, so the history
/// says who changed what and when. At most one version per (kind, key) is active.
/// </summary>
public sealed class ConfigurationVersion
{
    private ConfigurationVersion() { Kind = null!; Key = null!; Document = null!; CreatedBy = null!; }

    public ConfigurationVersion(Guid id, string kind, string key, int version, string document, string? comment, Actor createdBy,
        DateTime createdAt)
    {
        Id = id;
        Kind = Guard.NotEmpty(kind, "kind");
        Key = Guard.NotEmpty(key, "key");
        Version = Guard.Positive(version, "version");
        Document = Guard.NotEmpty(document, "document");
        Comment = comment;
        CreatedBy = createdBy.ToString();
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    /// <summary>What the document configures, e.g. <c>sourcing-rules</c>.</summary>
    public string Kind { get; private set; }
    /// <summary>Which one: a channel code, <c>web/pickupInStore</c>, <c>default</c>.</summary>
    public string Key { get; private set; }
    public int Version { get; private set; }
    /// <summary>The validated JSON document, in canonical form.</summary>
    public string Document { get; private set; }
    public string? Comment { get; private set; }
    public bool Active { get; private set; }
    public string CreatedBy { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public string? ActivatedBy { get; private set; }
    public DateTime? ActivatedAt { get; private set; }

    public void Activate(Actor actor, DateTime now)
    {
        Active = true;
        ActivatedBy = actor.ToString();
        ActivatedAt = now;
    }

    public void Deactivate() => Active = false;
}
