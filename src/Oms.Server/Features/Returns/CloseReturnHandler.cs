using Oms.Domain.Returns;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Returns;

/// <summary>Closes a return the caller may reach; refused (409) before anything came in or while a unit waits for inspection.</summary>
internal sealed class CloseReturnHandler : ICommandHandler<CloseReturn, ReturnOrder>
{
    public async Task<ReturnOrder> HandleAsync(CloseReturn command, CommandContext ctx, CancellationToken ct)
    {
        var ret = await ctx.Db.VisibleReturnAsync(ctx.Access, command.ReturnId, ct);
        ret.Close(ctx.Now, ctx.Actor);
        return ret;
    }
}
