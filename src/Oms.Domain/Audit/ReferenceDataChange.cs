using Oms.Domain.Common;

namespace Oms.Domain.Audit;

/// <summary>
/// One change to the retailer's reference data (a product, location, channel or carrier): who made it, when, through
/// what (the API or an import job), and the record before and after as JSON. Written in the change's own transaction;
/// never edited.
/// </summary>
public sealed class ReferenceDataChange
{
    public const string Created = "created";
    public const string Updated = "updated";

    private ReferenceDataChange() { Entity = null!; Key = null!; Action = null!; Actor = null!; After = null!; Source = null!; }

    public ReferenceDataChange(Guid id, string entity, string key, string? before, string after, Actor actor, DateTime at, string source)
    {
        Id = id;
        Entity = Guard.NotEmpty(entity, "entity");
        Key = Guard.NotEmpty(key, "key");
        Action = before is null ? Created : Updated;
        Before = before;
        After = Guard.NotEmpty(after, "after");
        Actor = actor.ToString();
        At = at;
        Source = Guard.NotEmpty(source, "source");
    }

    public Guid Id { get; private set; }
    /// <summary><c>product</c>, <c>location</c>, <c>channel</c> or <c>carrier</c>.</summary>
    public string Entity { get; private set; }
    /// <summary>The SKU or code.</summary>
    public string Key { get; private set; }
    /// <summary><see cref="Created"/> or <see cref="Updated"/>.</summary>
    public string Action { get; private set; }
    public string Actor { get; private set; }
    public DateTime At { get; private set; }
    /// <summary>The record as the API shows it before the change; null when it was created.</summary>
    public string? Before { get; private set; }
    public string After { get; private set; }
    /// <summary><c>api</c>, or <c>import:{job id}</c> for a row of a bulk import.</summary>
    public string Source { get; private set; }
}
