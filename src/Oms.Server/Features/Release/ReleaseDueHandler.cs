using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Workflows;

namespace Oms.Server.Features.Release;

internal sealed class ReleaseDueHandler(WorkflowRunner workflows) : ICommandHandler<ReleaseDue, int>
{
    public async Task<int> HandleAsync(ReleaseDue command, CommandContext ctx, CancellationToken ct)
    {
        var order = await ctx.OrderAsync(command.OrderId, ct);
        return await workflows.ReleaseDueAsync(order, ctx, ct);
    }
}
