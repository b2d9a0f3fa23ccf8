using System.Security.Cryptography;
using System.Text;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Catalog;
using Oms.Domain.Common;
using Oms.Domain.Customers;
using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Customers;
using Oms.Server.Core.Geocoding;
using Oms.Server.Core.Json;
using Oms.Server.Core.Sourcing;
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
        if (key is not null && await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(x => x.Key == key, ct) is { } seen)
        {
            return seen.RequestHash == hash
                ? new CaptureResult(await ctx.OrderAsync(seen.ResourceId, ct), Replayed: true)
                : throw new BusinessRuleException("Idempotency-Key",
                    $"Idempotency-Key '{key}' was already used for a different request; use a new key for a new order.");
        }

        var channelCode = r.Channel!.Trim();
        var channelOrderId = r.ChannelOrderId!.Trim();
        var existing = await db.Orders.AsNoTracking().Where(o => o.ChannelCode == channelCode && o.ChannelOrderId == channelOrderId)
            .Select(o => new { o.Id, o.Number, o.RequestHash }).FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            return existing.RequestHash == hash
                ? new CaptureResult(await ctx.OrderAsync(existing.Id, ct), Replayed: true)
                : throw new ConflictException(
                    $"Channel {channelCode} already sent order {channelOrderId} (captured as {existing.Number}) with different content. Amend that order instead.");
        }

        var channel = (await ReferenceCache.For(db).GetAsync(db, ct)).Channels.GetValueOrDefault(channelCode)
            ?? throw new BusinessRuleException("channel", $"Unknown channel '{channelCode}'.");
        var locations = await LineSourcer.LocationsAsync(db, ct);
        await CaptureChecks.ReferencesAsync(db, r, locations, ct);
        var (customer, newCustomer) = await CustomerAsync(db, r.Customer, channel, ctx.Now, ct);

        var lines = r.Lines!.Select(l => new NewOrderLine(
            l!.Sku!.Trim(), l.Quantity!.Value, l.UnitPrice!.Value, l.Discount ?? 0, l.Tax ?? 0, l.DeliveryMethod!.Value,
            l.PickupLocation?.Trim(), l.ShippingAddress?.ToAddress())).ToList();
        var currency = r.Currency ?? r.Lines!.Select(l => l!.Currency).FirstOrDefault(c => c is not null) ?? channel.Currency;
        var spec = new NewOrder(Ids.Next(ctx.Now), OrderNumbers.Next(), channel.Code, channelOrderId,
            r.Type ?? OrderType.Standard, currency, customer?.Email, customer?.Name ?? r.Customer?.Name, customer?.Phone ?? r.Customer?.Phone,
            r.ShippingAddress?.ToAddress(), r.BillingAddress?.ToAddress(), r.SellingLocation?.Trim(), r.ShippingCharge ?? 0, lines, hash);

        var who = ctx.Actor.Kind == "api" ? Actor.Channel(channel.Code) : ctx.Actor;
        var order = Order.Capture(spec, customer?.Id, ctx.Now, who);
        await geocoder.GeocodeAsync(order, ctx.Now, ct);
        CaptureChecks.Total(order);
        ctx.Add(order);
        if (newCustomer) ctx.FirstOrders.Add(order.Id);
        ctx.Apply(order, order.CarryOut(ctx.Now, who), "sold at the till");

        var workflow = (await db.OrderWorkflowsAsync(ct)).Resolve(order.ChannelCode, order.Type);
        order.StartWorkflow(workflow.Id, workflow.ToString(), workflow.PaysInStore, workflow.StepAfter(null), ctx.Now, who);
        payments.Add(order, workflow, r.Payments ?? [], ctx.Now, who);
        await workflows.AdvanceAsync(order, ctx, ct, workflow);
        if (!channel.AcceptsBackorders) CaptureChecks.RefuseBackorders(order, channel.Code);

        // Writes last: the customer row, then (at commit) the order, its reservations and the idempotency record.
        if (customer is not null && await CustomerUpsert.UpsertAsync(db, customer, ct) != customer.Id)
            throw new CommandRaceException($"Customer {customer.Email} was created by another order meanwhile.");
        if (key is not null) db.IdempotencyRecords.Add(new IdempotencyRecord(key, hash, 201, order.Id, ctx.Now));
        LogCaptured(log, order.Id, order.Number, order.ChannelCode, order.Status);
        OmsTelemetry.OrdersCaptured.Add(1, new KeyValuePair<string, object?>("channel", order.ChannelCode));
        return new CaptureResult(order, Replayed: false);
    }

    /// <summary>The order's customer, by e-mail (the stored one's id when known); null for an anonymous sale the channel allows.</summary>
    private static async Task<(Customer? Customer, bool IsNew)> CustomerAsync(OmsDbContext db, CustomerRequest? c, Channel channel, DateTime now,
        CancellationToken ct)
    {
        if (c?.Email is null)
        {
            if (!channel.AllowsAnonymousCustomer)
                throw new BusinessRuleException("customer.email",
                    $"Channel {channel.Code} needs a customer e-mail; only channels that allow anonymous sales (a store's till) take orders without one.");
            return (null, false);
        }
        var email = Customer.NormalizeEmail(c.Email);
        var known = await db.Customers.AsNoTracking().Where(x => x.Email == email).Select(x => (Guid?)x.Id).FirstOrDefaultAsync(ct);
        return (new Customer(known ?? Ids.Next(now), email, string.IsNullOrWhiteSpace(c.Name) ? email : c.Name, c.Phone, now), known is null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Captured order {OrderId} ({OrderNumber}) from {Channel}: {Status}")]
    private static partial void LogCaptured(ILogger logger, Guid orderId, string orderNumber, string channel, OrderStatus status);

    /// <summary>SHA-256 of the request as parsed, so formatting differences do not count as a different body.</summary>
    private static string Hash(CaptureOrderRequest request)
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(OmsJson.Serialize(request))));
}
