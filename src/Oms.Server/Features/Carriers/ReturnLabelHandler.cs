using Microsoft.EntityFrameworkCore;
using Oms.Carriers;
using Oms.Domain.Returns;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Outbox;

namespace Oms.Server.Features.Carriers;

/// <summary>
/// After a return is requested, gets what the parcel needs from the carrier: a return label (customer to the expected
/// location) for <see cref="ReturnMethod.ShipToLocation"/> and <see cref="ReturnMethod.CarrierCollection"/>, and for the
/// latter a driver booked at the customer's address. Each answer is recorded on the return in a command of its own before
/// the next call, and a step the return already has is skipped, so a delivery run again (another node, a retry) asks the
/// carrier only for what is missing. A carrier that fails or throttles is tried again with backoff; a refusal, missing
/// settings or a missing address is written on the return's timeline (<c>return.label-failed</c>) and not retried.
/// </summary>
/// <remarks>
/// Creating a label is not idempotent at the carrier: should the carrier create it but its answer be lost (a timeout),
/// the retry makes a second one. The return number is the reference on both, so the spare one can be found and cancelled
/// in the carrier's panel.
/// </remarks>
public sealed partial class ReturnLabelHandler(IEnumerable<ICarrierAdapter> carriers, TimeProvider clock, ILogger<ReturnLabelHandler> log)
    : IOutboxHandler
{
    /// <summary>30 s doubling to an hour, 15 attempts (about nine hours), then the failure goes on the return's timeline.</summary>
    public static readonly RetryPolicy Backoff = new(TimeSpan.FromSeconds(30), 2, TimeSpan.FromHours(1), 15);

    public string Name => "return-shipping";
    public bool RunsInline => false;
    public RetryPolicy Retry => Backoff;

    public bool Wants(string eventType, bool isInternal) => !isInternal && eventType == "return.requested";

    public async Task<HandlerResult> HandleAsync(OutboxMessage message, IServiceProvider services, CancellationToken ct)
    {
        if (!Guid.TryParse(message.Subject, out var returnId)) return HandlerResult.Dead($"'{message.Subject}' is not a return id.");
        var db = services.GetRequiredService<OmsDbContext>();
        var bus = services.GetRequiredService<CommandBus>();
        var ret = await db.ReturnOrders.AsNoTracking().FirstOrDefaultAsync(r => r.Id == returnId, ct);
        if (ret is null) return HandlerResult.Dead($"Return {returnId} does not exist.");
        if (!ret.NeedsReturnLabel || !IsOpen(ret.Status) || Done(ret) || ret.LabelFailure is not null)
            return HandlerResult.Done;

        var carrier = carriers.FirstOrDefault();
        if (carrier is null)
        {
            await ReturnCarrierRecords.FailureAsync(bus, ret.Id, null, "No carrier is configured (Carriers:Sendcloud).", ct);
            return HandlerResult.Done;
        }
        var route = await ReturnParcelRoute.ForAsync(db, ret, ct);
        if (route.Problem is { } problem)
        {
            await ReturnCarrierRecords.FailureAsync(bus, ret.Id, carrier.Name, problem, ct);
            return HandlerResult.Done;
        }

        try
        {
            if (!ret.HasLabel)
            {
                var label = await carrier.CreateLabelAsync(new LabelRequest(ret.Number, ShipmentDirection.Return, route.Customer!,
                    route.Location!, route.CustomerEmail), ct);
                await ReturnCarrierRecords.LabelAsync(bus, ret.Id, carrier.Name, label, ct);
            }
            if (ret.Method == ReturnMethod.CarrierCollection && !ret.HasCollection)
            {
                var (start, end) = CollectionWindow(clock.GetUtcNow().UtcDateTime);
                var booked = await carrier.RequestCollectionAsync(new CollectionRequest(ret.Number, route.Customer!, start, end,
                    Email: route.CustomerEmail), ct);
                await ReturnCarrierRecords.CollectionAsync(bus, ret.Id, carrier.Name, booked, ct);
            }
            return HandlerResult.Done;
        }
        catch (CarrierException e) when (e.IsRetryable && message.Attempt < Backoff.MaxAttempts)
        {
            LogRetry(log, ret.Number, carrier.Name, e.Message);
            return HandlerResult.Again($"{carrier.Name}: {e.Message}", e.RetryAfter);
        }
        catch (CarrierException e)
        {
            var why = e.IsRetryable ? $"{e.Message} (still failing after {message.Attempt} attempts)" : e.Message;
            await ReturnCarrierRecords.FailureAsync(bus, ret.Id, carrier.Name, why, ct);
            return HandlerResult.Done;
        }
        catch (ArgumentException e)
        {
            // A request the adapter would never send (an address the carrier cannot take): as a refusal.
            await ReturnCarrierRecords.FailureAsync(bus, ret.Id, carrier.Name, e.Message, ct);
            return HandlerResult.Done;
        }
    }

    /// <summary>The next day from 09:00 to 17:00 UTC: a carrier books no driver for the same day.</summary>
    internal static (DateTime Start, DateTime End) CollectionWindow(DateTime now)
    {
        var day = DateTime.SpecifyKind(now.Date.AddDays(1), DateTimeKind.Utc);
        return (day.AddHours(9), day.AddHours(17));
    }

    private static bool Done(ReturnOrder r) => r.HasLabel && (r.Method != ReturnMethod.CarrierCollection || r.HasCollection);

    private static bool IsOpen(ReturnStatus s) => s is not (ReturnStatus.Cancelled or ReturnStatus.Rejected or ReturnStatus.Closed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Return {Number}: {Carrier} did not answer ({Error}); tried again later")]
    private static partial void LogRetry(ILogger logger, string number, string carrier, string error);
}
