using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Domain.Customers;
using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Features.Customers;
using Oms.Server.Features.Sourcing;
using Oms.Server.Web;

namespace Oms.Server.Features.Orders;

/// <summary>The outcome of a capture: a new order (201) or the replay of an earlier one (200, or the stored answer).</summary>
public sealed record CaptureResult(int StatusCode, string Body, string Location);

/// <summary>
/// Captures an order from any channel. Idempotent twice over: on the Idempotency-Key header (a replay returns
/// the stored answer; the same key with another body is refused) and on channel + channel order id (a unique
/// index; a replay returns the existing order, a different body under the same id is refused).
/// </summary>
public sealed partial class CaptureOrder(
    OmsDbContext db,
    CommandRunner runner,
    LineSourcer sourcer,
    OrderWorkflowStart workflow,
    IValidator<CaptureOrderRequest> validator,
    IOptions<JsonOptions> json,
    TimeProvider clock,
    PhoneNormalizer phones,
    ILogger<CaptureOrder> log)
{
    public async Task<CaptureResult> HandleAsync(CaptureOrderRequest request, string? idempotencyKey, Actor? actor, CancellationToken ct)
    {
        await validator.ValidateAndThrowAsync(request, ct);
        var hash = Hash(request);
        request = phones.Normalize(request); // after the hash: a replay is compared with what the channel sent
        var key = string.IsNullOrWhiteSpace(idempotencyKey) ? null : idempotencyKey.Trim();
        if (key is { Length: > 200 }) throw new BusinessRuleException("Idempotency-Key", "The Idempotency-Key header must be at most 200 characters.");

        return await runner.RunAsync(async token =>
        {
            if (key is not null && await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Key == key, token) is { } seen)
            {
                return seen.RequestHash == hash
                    ? new CaptureResult(seen.StatusCode, seen.ResponseBody, seen.Location ?? "")
                    : throw new BusinessRuleException("Idempotency-Key",
                        $"Idempotency-Key '{key}' was already used for a different request; use a new key for a new order.");
            }

            var result = await CaptureOrReplayAsync(request, hash, actor, token);
            if (key is not null)
                db.IdempotencyRecords.Add(new IdempotencyRecord(key, hash, result.StatusCode, result.Body, result.Location, clock.GetUtcNow().UtcDateTime));
            return result;
        }, ct);
    }

    private async Task<CaptureResult> CaptureOrReplayAsync(CaptureOrderRequest r, string hash, Actor? actor, CancellationToken ct)
    {
        var channelCode = r.Channel!.Trim();
        var channelOrderId = r.ChannelOrderId!.Trim();
        // One cheap index probe for the usual case (a new order); the whole aggregate only for a replay.
        var existing = await db.Orders.AnyAsync(o => o.ChannelCode == channelCode && o.ChannelOrderId == channelOrderId, ct)
            ? await db.WithEverything().FirstAsync(o => o.ChannelCode == channelCode && o.ChannelOrderId == channelOrderId, ct)
            : null;
        if (existing is not null)
        {
            return existing.RequestHash == hash
                ? Result(200, existing)
                : throw new ConflictException(
                    $"Channel {channelCode} already sent order {r.ChannelOrderId} (captured as {existing.Number}) with different content. Amend that order instead.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var channel = await db.Channels.AsNoTracking().FirstOrDefaultAsync(c => c.Code == channelCode, ct)
            ?? throw new BusinessRuleException("channel", $"Unknown channel '{channelCode}'.");
        var locations = await db.Locations.AsNoTracking().ToDictionaryAsync(l => l.Code, StringComparer.Ordinal, ct);
        await CheckReferencesAsync(r, locations, ct);

        var customer = await UpsertCustomerAsync(r.Customer!, now, ct);
        var lines = r.Lines!.Select(l => new NewOrderLine(
            l.Sku!.Trim(), l.Quantity!.Value, l.UnitPrice!.Value, l.Discount ?? 0, l.Tax ?? 0, l.DeliveryMethod!.Value,
            l.PickupLocation?.Trim(), l.ShippingAddress?.ToAddress())).ToList();
        var currency = r.Currency ?? r.Lines!.Select(l => l.Currency).FirstOrDefault(c => c is not null) ?? channel.Currency;
        var spec = new NewOrder(Guid.CreateVersion7(now), OrderNumbers.Next(), channel.Code, r.ChannelOrderId!.Trim(),
            r.Type ?? OrderType.Standard, currency, customer.Email, customer.Name, customer.Phone,
            r.ShippingAddress?.ToAddress(), r.BillingAddress?.ToAddress(), r.SellingLocation?.Trim(), r.ShippingCharge ?? 0, lines, hash);

        var who = actor ?? Actor.Channel(channel.Code);
        var order = Order.Capture(spec, customer.Id, now, who);
        foreach (var line in order.Lines.Where(l => l.DeliveryMethod == DeliveryMethod.CarryOut).ToList())
            await db.ApplyAsync([order.CarryOut(line.Id, now, who)], now, ct);
        await sourcer.SourceAsync(order, locations, now, ct);
        if (!channel.AcceptsBackorders) RefuseBackorders(order, channel.Code);
        await workflow.RunAsync(order, r.Payments, now, who, ct);
        db.Orders.Add(order);
        LogCaptured(log, order.Id, order.Number, order.ChannelCode, order.Status);
        return Result(201, order);
    }

    /// <summary>A channel that sells only what is in stock or promised (a marketplace) gets a refusal instead of a back-order.</summary>
    private static void RefuseBackorders(Order order, string channel)
    {
        var errors = order.Lines.Where(l => l.Status == LineStatus.Backordered && l.ExpectedReceiptId is null).ToDictionary(
            l => $"lines[{l.LineNumber - 1}].quantity",
            l => new[] { $"No location can serve {l.Quantity} × {l.Sku} now, and channel {channel} does not accept back-orders." },
            StringComparer.Ordinal);
        if (errors.Count > 0) throw new BusinessRuleException(errors.First().Value[0], errors);
    }

    /// <summary>Unknown SKUs and locations are the channel's mistake: 422 with the field that names them.</summary>
    private async Task CheckReferencesAsync(CaptureOrderRequest r, Dictionary<string, Location> locations, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var skus = r.Lines!.Select(l => l.Sku!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var known = (await db.Products.AsNoTracking().Where(p => skus.Contains(p.Sku) && p.Active).Select(p => p.Sku).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < r.Lines!.Count; i++)
        {
            var l = r.Lines[i];
            if (!known.Contains(l.Sku!.Trim())) errors[$"lines[{i}].sku"] = [$"Unknown SKU '{l.Sku}'."];
            if (l.PickupLocation is { } pl)
            {
                var (need, what) = l.DeliveryMethod == DeliveryMethod.CarrierPickupPoint
                    ? (LocationType.CarrierPickupPoint, "a carrier pickup point")
                    : (LocationType.Store, "a store that offers pickup");
                if (!locations.TryGetValue(pl.Trim(), out var loc)) errors[$"lines[{i}].pickupLocation"] = [$"Unknown location '{pl}'."];
                else if (loc.Type != need || (need == LocationType.Store && !loc.Can(LocationCapabilities.Pickup)))
                    errors[$"lines[{i}].pickupLocation"] = [$"{loc.Code} is not {what}."];
            }
        }
        if (r.SellingLocation is { } sl)
        {
            if (!locations.TryGetValue(sl.Trim(), out var store)) errors["sellingLocation"] = [$"Unknown location '{sl}'."];
            else if (store.Type != LocationType.Store) errors["sellingLocation"] = [$"{store.Code} is not a store."];
        }
        if (errors.Count > 0)
            throw new BusinessRuleException(errors.Count == 1 ? errors.First().Value[0] : $"{errors.Count} references are unknown or unusable.", errors);
    }

    private async Task<Customer> UpsertCustomerAsync(CustomerRequest c, DateTime now, CancellationToken ct)
    {
        var email = Customer.NormalizeEmail(c.Email);
        var customer = await db.Customers.FirstOrDefaultAsync(x => x.Email == email, ct);
        if (customer is null)
        {
            customer = new Customer(Guid.CreateVersion7(now), email, c.Name!, c.Phone, now);
            db.Customers.Add(customer);
        }
        else customer.Refresh(c.Name!, c.Phone);
        return customer;
    }

    private CaptureResult Result(int status, Order order)
        => new(status, JsonSerializer.Serialize(OrderResponse.From(order), json.Value.SerializerOptions), $"/api/orders/{order.Id}");

    [LoggerMessage(Level = LogLevel.Information, Message = "Captured order {OrderId} ({OrderNumber}) from {Channel}: {Status}")]
    private static partial void LogCaptured(ILogger logger, Guid orderId, string orderNumber, string channel, OrderStatus status);

    /// <summary>SHA-256 of the request as parsed, so formatting differences do not count as a different body.</summary>
    private string Hash(CaptureOrderRequest request)
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request, json.Value.SerializerOptions))));
}

/// <summary>Order numbers people can read out on the phone: OMS- and ten Crockford base-32 characters (50 random bits).</summary>
public static class OrderNumbers
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string Next()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        var value = BitConverter.ToUInt64(bytes);
        Span<char> chars = stackalloc char[10];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }
        return $"OMS-{chars}";
    }
}
