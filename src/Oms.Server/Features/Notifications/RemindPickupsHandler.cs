using Oms.Domain.Common;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Notifications;

internal sealed class RemindPickupsHandler : ICommandHandler<RemindPickups, int>
{
    private static readonly Actor Scheduler = new("system", "pickup-reminders");

    public async Task<int> HandleAsync(RemindPickups command, CommandContext ctx, CancellationToken ct)
    {
        var order = await ctx.OrderAsync(command.OrderId, ct);
        return order.RemindOfPickups(command.ExpiringBy, ctx.Now, Scheduler);
    }
}
