using FluentValidation;
using FluentValidation.Results;
using Oms.Domain.Common;
using Oms.Domain.Returns;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Returns;

/// <summary>
/// Approves (note optional; what is due is refunded at once), rejects or cancels (reason required) a return the caller may
/// reach.
/// </summary>
internal sealed class DecideReturnHandler : ICommandHandler<DecideReturn, ReturnOrder>
{
    public async Task<ReturnOrder> HandleAsync(DecideReturn command, CommandContext ctx, CancellationToken ct)
    {
        var ret = await ctx.Db.VisibleReturnAsync(ctx.Access, command.ReturnId, ct);
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
        if (reason is { Length: > 1000 })
            throw new ValidationException([new ValidationFailure("reason", "reason must be at most 1000 characters.")]);
        switch (command.Decision)
        {
            case ReturnDecision.Approve:
                ret.Approve(reason, ctx.Now, ctx.Actor);
                await RefundPayment.PayDueAsync(ctx, ret, ReturnPolicy.Default, RefundAllocationPolicy.GiftCardsLast,
                    await ReturnLocations.TillAsync(ctx.Db, WalkInReturns.CallerLocation(ctx, ret.ExpectedLocationCode), ct), ct);
                ret.CloseIfDone(ctx.Now, ctx.Actor);
                break;
            case ReturnDecision.Reject: ret.Reject(reason ?? throw Required(), ctx.Now, ctx.Actor); break;
            case ReturnDecision.Cancel: ret.Cancel(reason ?? throw Required(), ctx.Now, ctx.Actor); break;
            default: throw new BusinessRuleException("decision", $"Unknown decision {command.Decision}.");
        }
        return ret;
    }

    private static ValidationException Required() => new([new ValidationFailure("reason", "reason is required: say why.")]);
}
