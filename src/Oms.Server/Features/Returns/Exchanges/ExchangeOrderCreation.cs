using System.Text.Json;
using FluentValidation;
using Oms.Domain.Common;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Json;
using Oms.Server.Core.Outbox;

namespace Oms.Server.Features.Returns.Exchanges;

/// <summary>
/// Captures the exchange order of a return after the return's commit, as the person who asked for the exchange, through the
/// ordinary capture (its workflow, fraud check, payments, sourcing), then links it to the return in a command of its own. Runs
/// inline, so the order usually exists before the request's response. At least once: a retry captures the same request under
/// the same channel order id and finds the order of the first attempt, and linking it again changes nothing. A capture the
/// rules refuse (say, no stock where a marketplace needs it) is recorded on the return's timeline and dead-lettered.
/// </summary>
public sealed class ExchangeOrderCreation : IOutboxHandler
{
    public string Name => "exchange-order";
    public bool RunsInline => true;
    public RetryPolicy Retry => RetryPolicy.Internal;
    public bool Wants(string eventType, bool isInternal) => isInternal && eventType == ExchangeEvents.CreateOrder;

    public async Task<HandlerResult> HandleAsync(OutboxMessage message, IServiceProvider services, CancellationToken ct)
    {
        var work = JsonSerializer.Deserialize<ExchangeOrderWork>(message.Data, OmsJson.Options)!;
        var bus = services.GetRequiredService<CommandBus>();
        var actor = Actor.Parse(work.Actor);
        CaptureResult captured;
        try
        {
            captured = await bus.SendAsync(new CaptureOrder(work.Capture, AwaitingReturn: work.AwaitReturn ? work.ReturnNumber : null),
                actor, ct);
        }
        catch (Exception ex) when (ex is BusinessRuleException or ValidationException or ConflictException or NotFoundException)
        {
            await bus.SendAsync(new RecordExchangeOrder(work.ReturnId, null, null, ex.Message), actor, ct);
            return HandlerResult.Dead($"The exchange order of return {work.ReturnNumber} was refused: {ex.Message}");
        }
        await bus.SendAsync(new RecordExchangeOrder(work.ReturnId, captured.Order.Id, captured.Order.Number), actor, ct);
        return HandlerResult.Done;
    }
}
