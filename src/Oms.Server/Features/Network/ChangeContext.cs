using Oms.Domain.Common;

namespace Oms.Server.Features.Network;

/// <summary>Who changes reference data, when, and through what: <c>api</c>, or <c>import:{job id}</c>.</summary>
public sealed record ChangeContext(Actor Actor, DateTime Now, string Source)
{
    public const string Api = "api";

    public static string Import(Guid jobId) => $"import:{jobId}";
}
