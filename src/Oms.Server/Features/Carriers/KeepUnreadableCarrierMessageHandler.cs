using Oms.Domain.Common;
using Oms.Domain.Tracking;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Carriers;

internal sealed class KeepUnreadableCarrierMessageHandler : ICommandHandler<KeepUnreadableCarrierMessage, Guid>
{
    public Task<Guid> HandleAsync(KeepUnreadableCarrierMessage command, CommandContext ctx, CancellationToken ct)
    {
        var kept = CarrierMessage.Unreadable(Ids.Next(ctx.Now), command.Carrier, ctx.Now, command.Body, command.Reason);
        ctx.Db.CarrierMessages.Add(kept);
        return Task.FromResult(kept.Id);
    }
}
