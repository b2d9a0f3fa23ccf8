using System.Security.Cryptography;
using System.Text;
using FluentValidation;
using Oms.Domain.Catalog;
using Oms.Domain.Common;
using Oms.Domain.Customers;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Customers;
using Oms.Server.Core.Geocoding;
using Oms.Server.Core.Json;
using Oms.Server.Core.Telemetry;
using Oms.Server.Core.Workflows;

namespace Oms.Server.Features.Orders.Capture;

/// <summary>
/// Captures an order from any channel. Idempotent twice over: on the Idempotency-Key (a replay finds the order it
/// created; the same key with another body is refused) and on channel + channel order id (a unique index; a replay
/// finds the existing order, a different body under the same id is refused). Reads and plans first; writes (the
/// customer, the order, its reservations) come last, in the command bus's one transaction.
/// </summary>
internal sealed partial class CaptureOrderHandler(
    WorkflowRunner workflows,
    CapturePayments payments,
    PostalCodeGeocoder geocoder,
    PhoneNormalizer phones,
    IValidator<CaptureOrderRequest> validator,
    ILogger<CaptureOrderHandler> log) : ICommandHandler<CaptureOrder, CaptureResult>
{
    public async Task<CaptureResult> HandleAsync(CaptureOrder command, CommandContext ctx, CancellationToken ct)
    {
        var r = command.Request;
        await validator.ValidateAndThrowAsync(r, ct);
        var db = ctx.Db;
        var hash = Hash(r);
        r = phones.Normalize(r); // after the hash: a replay is compared with what the channel sent
        var key = string.IsNullOrWhiteSpace(command.IdempotencyKey) ? null : command.IdempotencyKey.Trim();
        var channelCode = r.Channel!.Trim();
        var channelOrderId = r.ChannelOrderId!.Trim();
        // A channel's key captures for its channel only; a store's till or associate for sales at their store.
        ctx.Access.RequireCapture(channelCode, r.SellingLocation?.Trim());
        var reference = await ReferenceCache.For(db).GetAsync(db, ct);
        var known = reference.Channels.GetValueOrDefault(channelCode);
        var email = r.Customer?.Email is { } e ? Customer.NormalizeEmail(e) : null;
        var shipTo = r.ShippingAddress?.ToAddress();
        var skus = r.Lines!.Select(l => l!.Sku!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        // One round trip for every read; the fraud history only when the order could be checked at all.
        var fraudSince = known is null ? (DateTime?)null : FraudFactsQuery.Since(await db.FraudRulesAsync(ct), ctx.Now);
        var reads = await CaptureReads.ReadAsync(db, key, channelCode, channelOrderId, skus, email, shipTo?.PostalCode, fraudSince, ct);

        if (key is not null && reads.Idempotent is { } seen)
        {
            return seen.RequestHash == hash
                ? new CaptureResult(await ctx.OrderAsync(seen.OrderId, ct), Replayed: true)
                : throw new BusinessRuleException("Idempotency-Key",
                    $"Idempotency-Key '{key}' was already used for a different request; use a new key for a new order.");
        }
        if (reads.Existing is { } existing)
        {
            return existing.RequestHash == hash
                ? new CaptureResult(await ctx.OrderAsync(existing.Id, ct), Replayed: true)
                : throw new ConflictException(
                    $"Channel {channelCode} already sent order {channelOrderId} (captured as {existing.Number}) with different content. Amend that order instead.");
        }

        var channel = known ?? throw new BusinessRuleException("channel", $"Unknown channel '{channelCode}'.");
        var locations = reference.Locations;
        CaptureChecks.References(r, reads.ActiveSkus, locations);
        var (customer, newCustomer) = CustomerOf(db, r.Customer, email, reads.Customer, channel, ctx.Now);

        var lines = r.Lines!.Select(l => new NewOrderLine(
            l!.Sku!.Trim(), l.Quantity!.Value, l.UnitPrice!.Value, l.Discount ?? 0, l.Tax ?? 0, l.DeliveryMethod!.Value,
            l.PickupLocation?.Trim(), l.ShippingAddress?.ToAddress(), l.ChannelLineId?.Trim())).ToList();
        var currency = r.Currency ?? r.Lines!.Select(l => l!.Currency).FirstOrDefault(c => c is not null) ?? channel.Currency;
        var spec = new NewOrder(Ids.Next(ctx.Now), OrderNumbers.Next(), channel.Code, channelOrderId,
            r.Type ?? OrderType.Standard, currency, customer?.Email, customer?.Name ?? r.Customer?.Name, r.Customer?.Phone?.Trim() is { Length: > 0 } phone ? phone : null,
            shipTo, r.BillingAddress?.ToAddress(), r.SellingLocation?.Trim(), r.ShippingCharge ?? 0, lines, hash);

        var who = ctx.Actor.Kind == "api" ? Actor.Channel(channel.Code) : ctx.Actor;
        var order = Order.Capture(spec, customer?.Id, ctx.Now, who);
        if (command.AwaitingReturn is { } awaited) order.AwaitReturn(awaited, ctx.Now, who);
        await geocoder.GeocodeAsync(order, ctx.Now, ct);
        CaptureChecks.Total(order);
        ctx.Add(order);
        if (newCustomer) ctx.FirstOrders.Add(order.Id);
        if (reads.Fraud is { } history) ctx.FraudHistories[order.Id] = history;
        ctx.Apply(order, order.CarryOut(ctx.Now, who), "sold at the till");

        var workflow = (await db.OrderWorkflowsAsync(ct)).Resolve(order.ChannelCode, order.Type);
        order.StartWorkflow(workflow.Id, workflow.ToString(), workflow.PaysInStore, workflow.StepAfter(null), ctx.Now, who);
        payments.Add(order, workflow, r.Payments ?? [], ctx.Now, who);
        await workflows.AdvanceAsync(order, ctx, ct, workflow);
        if (!channel.AcceptsBackorders) CaptureChecks.RefuseBackorders(order, channel.Code);

        // Writes last, all at the commit: the customer (a new one inserted: a first order of the same customer racing this one
        // meets it in the unique index, and the command runs again and finds it), the order, its reservations, the key.
        if (newCustomer) db.Customers.Add(customer!);
        if (key is not null) db.IdempotencyRecords.Add(new IdempotencyRecord(key, hash, 201, order.Id, ctx.Now));
        LogCaptured(log, order.Id, order.Number, order.ChannelCode, order.Status);
        OmsTelemetry.OrdersCaptured.Add(1, new KeyValuePair<string, object?>("channel", order.ChannelCode));
        return new CaptureResult(order, Replayed: false);
    }

    /// <summary>
    /// The order's customer, by e-mail, with the name and phone the channel sent; null for an anonymous sale the channel allows.
    /// A known customer is attached as stored and refreshed, so that the commit updates what changed (and nothing otherwise).
    /// </summary>
    private static (Customer? Customer, bool IsNew) CustomerOf(OmsDbContext db, CustomerRequest? c, string? email,
        (Guid Id, string Name, string? Phone)? stored, Channel channel, DateTime now)
    {
        if (email is null)
        {
            if (!channel.AllowsAnonymousCustomer)
                throw new BusinessRuleException("customer.email",
                    $"Channel {channel.Code} needs a customer e-mail; only channels that allow anonymous sales (a store's till) take orders without one.");
            return (null, false);
        }
        var name = string.IsNullOrWhiteSpace(c!.Name) ? email : c.Name;
        if (stored is not { } s) return (new Customer(Ids.Next(now), email, name, c.Phone, now), true);
        var customer = new Customer(s.Id, email, s.Name, s.Phone, now);
        db.Customers.Attach(customer);
        customer.Refresh(name, c.Phone);
        return (customer, false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Captured order {OrderId} ({OrderNumber}) from {Channel}: {Status}")]
    private static partial void LogCaptured(ILogger logger, Guid orderId, string orderNumber, string channel, OrderStatus status);

    /// <summary>SHA-256 of the request as parsed, so formatting differences do not count as a different body.</summary>
    private static string Hash(CaptureOrderRequest request)
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(OmsJson.Serialize(request))));
}
