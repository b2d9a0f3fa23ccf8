using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Catalog;
using Oms.Domain.Common;
using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
using Oms.Domain.Returns;
using Oms.Payments;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Outbox;

namespace Oms.Server.Features.Returns.Exchanges;

/// <summary>
/// The exchange part of a return request, in the request's command: checks the replacements, works out the credit and the
/// difference, sets the terms on the return and raises the work item that captures the exchange order after the commit.
/// Everything a capture would refuse for the shape of the request is refused here (422 naming the request's field), so the
/// return and its exchange are accepted or refused together. The exchange order is built here and stored with the work item:
/// a retry captures exactly the same order (idempotent on channel + <c>X-{return number}</c>).
/// </summary>
internal sealed partial class ExchangeOffers(IValidator<CaptureOrderRequest> captureValidator,
    PaymentProviders providers)
{
    public async Task PrepareAsync(CommandContext ctx, Order order, ReturnOrder ret, ReturnRequest body, CancellationToken ct)
    {
        // A claim may ask for a free replacement instead of (part of) its refund; it goes once the claim is approved.
        if (ret.Kind == ReturnKind.Claim && body.Replacements is not { Count: > 0 }) return;
        if (ret.Kind is not (ReturnKind.Exchange or ReturnKind.Claim))
        {
            var field = body.Replacements is { Count: > 0 } ? "replacements" : body.ReplacementDelivery is not null ? "replacementDelivery"
                : body.Payment is not null ? "payment" : null;
            if (field is not null)
                throw new BusinessRuleException(field, $"Only an exchange or a claim has {field}: send kind exchange, or leave {field} out.");
            return;
        }
        if (body.Replacements is not { Count: > 0 })
            throw new BusinessRuleException("replacements", "An exchange needs replacements: say which items go out instead.");

        var lines = await LinesAsync(ctx, order, body.Replacements, body.ReplacementDelivery, ret, ct);
        var carryOut = lines[0].DeliveryMethod == DeliveryMethod.CarryOut;
        var channel = carryOut ? await TillChannelAsync(ctx, order, ct) : await ShippingChannelAsync(ctx, order, ct);
        var total = lines.Sum(l => l.Quantity!.Value * l.UnitPrice!.Value);
        // The credit: what the returned units would refund (discount share off, tax in, the reason's fee off), without shipping:
        // the order was delivered, and an exchange keeps the sale.
        var value = await RefundDueCalculation.CalculateAsync(ctx.Db, order, ret, await ctx.Db.ReturnPolicyAsync(ct),
            [.. ret.Lines.Select(l => (l, l.Quantity))], null, ct);
        var credit = value is null ? 0m : value.Goods - value.RestockingFee;
        var payments = Payments(ret, order.Currency, credit, total, body.Payment, carryOut);
        var shipTo = lines[0].DeliveryMethod == DeliveryMethod.ShipToAddress
            ? body.ReplacementDelivery?.ShippingAddress ?? AddressRequest.From(order.ShippingAddress)
              ?? throw new BusinessRuleException("replacementDelivery.shippingAddress",
                  $"Order {order.Number} has no shipping address: give the replacements' shippingAddress.")
            : AddressRequest.From(order.ShippingAddress);
        var customer = order.CustomerEmail is null ? null : new CustomerRequest(order.CustomerEmail, order.CustomerName, order.CustomerPhone);
        var capture = new CaptureOrderRequest(channel, $"X-{ret.Number}", OrderType.Standard, order.Currency, customer, shipTo,
            AddressRequest.From(order.BillingAddress), carryOut ? ret.ExpectedLocationCode : null, 0m, lines, payments);
        await CheckCaptureAsync(capture, ct);

        // The channel's return settings say whether a replacement leaves before the goods are back; a carry-out always does.
        // A claim's replacement always waits for the claim's approval (nothing comes back to wait for).
        var mode = ret.Kind != ReturnKind.Claim && (carryOut
            || (await ctx.Db.ReturnSettingsAsync(ct)).For(channel).ExchangeRelease == Domain.Returns.ExchangeRelease.Advance)
            ? ExchangeReleaseMode.Advance : ExchangeReleaseMode.OnReceipt;
        var what = string.Join(", ", lines.Select(l => $"{l.Quantity} × {l.Sku}"));
        ret.OfferExchange(credit, total, mode, what, ctx.Now, ctx.Actor);
        ctx.Raise(new PendingEvent(ExchangeEvents.CreateOrder, ret.Id.ToString(), ret.Number,
            new ExchangeOrderWork(ret.Id, ret.Number, ctx.Actor.ToString(), capture, mode == ExchangeReleaseMode.OnReceipt), true));
    }

    /// <summary>The exchange order's lines: known, active products, at the given price or the list price in the order's currency.</summary>
    private static async Task<List<OrderLineRequest>> LinesAsync(CommandContext ctx, Order order, IReadOnlyList<ReplacementRequest> wanted,
        ReplacementDeliveryRequest? delivery, ReturnOrder ret, CancellationToken ct)
    {
        var method = delivery?.DeliveryMethod ?? DeliveryMethod.ShipToAddress;
        var pickup = string.IsNullOrWhiteSpace(delivery?.PickupLocation) ? null : delivery.PickupLocation.Trim();
        if (method == DeliveryMethod.CarryOut && ret.Method != ReturnMethod.HandInAtStore)
            throw new BusinessRuleException("replacementDelivery.deliveryMethod",
                "carryOut takes the replacements from the shelf of the store the goods are handed in at: the method must be handInAtStore.");
        if (method is DeliveryMethod.PickupInStore or DeliveryMethod.CarrierPickupPoint && pickup is null)
            throw new BusinessRuleException("replacementDelivery.pickupLocation", $"{method} needs a pickupLocation.");
        if (method == DeliveryMethod.CarryOut)
        {
            var store = await ctx.Db.Locations.AsNoTracking().FirstAsync(l => l.Code == ret.ExpectedLocationCode, ct);
            if (store.Type != LocationType.Store || !store.Enabled)
                throw new BusinessRuleException("replacementDelivery.deliveryMethod",
                    $"{store.Code} is not an open store: only a store's shelf can give replacements to carry out.");
        }
        var skus = wanted.Select(w => w.Sku!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var products = await ctx.Db.Products.AsNoTracking().Where(p => skus.Contains(p.Sku)).ToDictionaryAsync(p => p.Sku, ct);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var lines = new List<OrderLineRequest>();
        for (var i = 0; i < wanted.Count; i++)
        {
            var w = wanted[i];
            var sku = w.Sku!.Trim();
            if (!products.TryGetValue(sku, out var product) || !product.Active)
            {
                errors[$"replacements[{i}].sku"] = [$"Unknown or inactive SKU '{sku}'."];
                continue;
            }
            if (w.UnitPrice is null && product.Currency != order.Currency)
            {
                errors[$"replacements[{i}].unitPrice"] =
                [
                    $"{sku} is listed at {Price(product)}, but order {order.Number} is in {order.Currency}: give unitPrice in {order.Currency}.",
                ];
                continue;
            }
            lines.Add(new OrderLineRequest(sku, w.Quantity, w.UnitPrice ?? product.ListPrice, 0m, 0m, null, method, pickup, null));
        }
        if (errors.Count > 0) throw new BusinessRuleException(errors.First().Value[0], errors);
        return lines;
    }

    /// <summary>
    /// Store credit (offline, <c>exchange:{return number}</c>) for what the credit covers, the customer's payment for the rest.
    /// A difference to pay needs a <c>payment</c>; none may be sent when the credit covers everything.
    /// </summary>
    private List<PaymentRequest> Payments(ReturnOrder ret, string currency, decimal credit, decimal total, PaymentRequest? payment, bool till)
    {
        var difference = total - credit;
        List<PaymentRequest> list = [];
        var covered = Math.Min(credit, total);
        if (covered > 0) list.Add(new PaymentRequest(PaymentMethod.StoreCredit, OfflinePaymentProvider.ProviderName, $"exchange:{ret.Number}", covered));
        if (difference <= 0)
        {
            if (payment is not null)
                throw new BusinessRuleException("payment", $"Nothing to pay: the credit of {Amount(credit, currency)} covers the replacements " +
                    $"({Amount(total, currency)}); leave payment out.");
            return list;
        }
        if (payment is null)
            throw new BusinessRuleException("payment", $"The replacements cost {Amount(total, currency)}, the returned units give a credit of " +
                $"{Amount(credit, currency)}: send a payment for the difference of {Amount(difference, currency)}.");
        if (payment.Amount is { } amount && amount != difference)
            throw new BusinessRuleException("payment.amount", $"The difference to pay is {Amount(difference, currency)}, not {Amount(amount, currency)}.");
        if (!till)
        {
            if (string.IsNullOrWhiteSpace(payment.Provider))
                throw new BusinessRuleException("payment.provider", "provider is required: the payment is authorised through it.");
            if (string.IsNullOrWhiteSpace(payment.Token))
                throw new BusinessRuleException("payment.token", "token is required: the provider's reference for the payment method.");
        }
        if (payment.Provider is { } p && !string.IsNullOrWhiteSpace(p) && providers.Refusal(p.Trim()) is { } refusal)
            throw new BusinessRuleException("payment.provider", refusal);
        list.Add(payment with { Amount = difference });
        return list;
    }

    /// <summary>A carry-out is a till sale of the store: the order's own channel when it is a store's, else the first store channel.</summary>
    private static async Task<string> TillChannelAsync(CommandContext ctx, Order order, CancellationToken ct)
    {
        var tills = await ctx.Db.Channels.AsNoTracking().Where(c => c.Type == ChannelType.Pos && c.Enabled).Select(c => c.Code)
            .OrderBy(c => c).ToListAsync(ct);
        return tills.Contains(order.ChannelCode) ? order.ChannelCode
            : tills.FirstOrDefault() ?? throw new BusinessRuleException("replacementDelivery.deliveryMethod",
                "No store channel (POS) is enabled to sell the replacements at the till.");
    }

    /// <summary>
    /// A replacement that is shipped or picked up is no till sale: a till sale's exchange goes through the call center (or
    /// else the webshop), whose workflow takes the credit and any difference as payments; other orders keep their channel.
    /// </summary>
    private static async Task<string> ShippingChannelAsync(CommandContext ctx, Order order, CancellationToken ct)
    {
        var channels = await ctx.Db.Channels.AsNoTracking().Where(c => c.Enabled).Select(c => new { c.Code, c.Type }).ToListAsync(ct);
        if (channels.Find(c => c.Code == order.ChannelCode) is not { Type: ChannelType.Pos }) return order.ChannelCode;
        return (channels.Where(c => c.Type == ChannelType.CallCenter).Concat(channels.Where(c => c.Type == ChannelType.Webshop))
                .Select(c => c.Code).FirstOrDefault())
            ?? throw new BusinessRuleException("replacementDelivery.deliveryMethod",
                "No call-center or webshop channel is enabled to send the replacements of a till sale; carry them out at a store.");
    }

    /// <summary>The capture's own shape checks, run now, with its fields named as the request's.</summary>
    private async Task CheckCaptureAsync(CaptureOrderRequest capture, CancellationToken ct)
    {
        var result = await captureValidator.ValidateAsync(capture, ct);
        if (result.IsValid) return;
        var errors = result.Errors.GroupBy(e => RequestField(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray(), StringComparer.Ordinal);
        throw new BusinessRuleException($"The exchange order would be refused: {errors.First().Value[0]}", errors);
    }

    private static string RequestField(string captureField)
    {
        var field = LinesField().Replace(captureField, "replacements[");
        field = PaymentsField().Replace(field, "payment");
        return field.StartsWith("shippingAddress", StringComparison.Ordinal) ? $"replacementDelivery.{field}" : field;
    }

    [GeneratedRegex(@"^[Ll]ines\[")]
    private static partial Regex LinesField();

    [GeneratedRegex(@"^[Pp]ayments(\[\d+\])?")]
    private static partial Regex PaymentsField();

    private static string Price(Product p) => Amount(p.ListPrice, p.Currency);

    private static string Amount(decimal amount, string currency) => $"{amount.ToString("0.00", CultureInfo.InvariantCulture)} {currency}";
}
