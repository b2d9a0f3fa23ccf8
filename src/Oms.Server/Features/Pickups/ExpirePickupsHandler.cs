using Oms.Domain.Common;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Pickups;

internal sealed class ExpirePickupsHandler : ICommandHandler<ExpirePickups, int>
{
    private static readonly Actor Scheduler = new("system", "pickup-expiry");

    public async Task<int> HandleAsync(ExpirePickups command, CommandContext ctx, CancellationToken ct)
    {
        var order = await ctx.OrderAsync(command.OrderId, ct);
        var effects = order.ExpirePickups(ctx.Now, Scheduler);
        ctx.Apply(order, effects, "pickup not collected in time");
        return effects.Count;
    }
}
