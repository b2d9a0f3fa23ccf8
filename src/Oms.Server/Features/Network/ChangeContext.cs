using Oms.Domain.Common;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Stock;

namespace Oms.Server.Features.Network;

/// <summary>Who changes reference data, when, and through what: <c>api</c>, or <c>import:{job id}</c>.</summary>
/// <param name="Stock">The command's stock plan, for changes that count stock (an import of stock rows).</param>
public sealed record ChangeContext(Actor Actor, DateTime Now, string Source, StockPlan? Stock = null)
{
    public const string Api = "api";

    public static ChangeContext From(CommandContext ctx, string source) => new(ctx.Actor, ctx.Now, source, ctx.Stock);

    public static string Import(Guid jobId) => $"import:{jobId}";
}
