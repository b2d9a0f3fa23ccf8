using Microsoft.EntityFrameworkCore;
using Oms.Domain.Returns;
using Oms.Persistence;
using Oms.Server.Core.Access;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Customers;
using Oms.Server.Core.Orders;
using Oms.Server.Web;

namespace Oms.Server.Features.Returns;

/// <summary>
/// Finds the purchase a walk-in customer brings back, by order number, the channel's order id (a till receipt), or the
/// customer's e-mail or phone, and says per line how many units may still come back and why not. A store's staff and tills
/// find any order here (a customer may return anything at any store), and see only what a return needs; a channel's key
/// finds its own channel's orders only. At most 20 orders, newest first.
/// </summary>
public sealed record ReturnLookup(string? Order, string? ChannelOrderId, string? Email, string? Phone)
{
    private const int Max = 20;

    public async Task<IReadOnlyList<ReturnableOrderResponse>> RunAsync(OmsDbContext db, PhoneNormalizer phones, AccessScope scope,
        TimeProvider clock, CancellationToken ct)
    {
        var q = db.Orders.AsNoTracking();
        if (scope.Channel is { } channel) q = q.Where(o => o.ChannelCode == channel);
        var any = false;
        if (QueryValues.Text(Order, "order")?.ToUpperInvariant() is { } number) { q = q.Where(o => o.Number == number); any = true; }
        if (QueryValues.Text(ChannelOrderId, "channelOrderId") is { } receipt) { q = q.Where(o => o.ChannelOrderId == receipt); any = true; }
        if (QueryValues.Text(Email, "email") is { } email)
        {
            var e = email.ToLowerInvariant();
            q = q.Where(o => o.CustomerEmail == e);
            any = true;
        }
        if (QueryValues.Text(Phone, "phone") is { } phone)
        {
            var e164 = phones.Normalize(phone);
            q = q.Where(o => o.CustomerPhone == e164 || o.CustomerPhone == phone);
            any = true;
        }
        if (!any) throw QueryValues.Invalid("order", "Give the order number, the channel's order id, or the customer's e-mail or phone.");

        var ids = await q.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id).Take(Max).Select(o => o.Id).ToListAsync(ct);
        var orders = await db.WithEverything().AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(ct);
        var policy = await db.ReturnPolicyAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var answer = new List<ReturnableOrderResponse>(orders.Count);
        foreach (var order in orders.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id))
        {
            var sold = await SoldLines.OfAsync(db, order, ct);
            var reason = policy.Reasons.First(r => r.NeedsGoodsBack).Code;
            var check = ReturnEligibility.Check(policy, order.ChannelCode, reason, sold,
                [.. sold.Select(s => new ReturnRequestLine(s.OrderLineId, Math.Max(1, s.Quantity - s.AlreadyReturned)))], now);
            answer.Add(new ReturnableOrderResponse(order.Id, order.Number, order.ChannelCode, order.ChannelOrderId, order.SellingLocationCode,
                order.CustomerName, order.CreatedAt, order.Currency,
                [.. sold.Zip(check.Lines).Select(x => new ReturnableLineResponse(x.First.OrderLineId, x.First.LineNumber, x.First.Sku,
                    x.First.Quantity, x.First.Status, x.First.AlreadyReturned, x.Second.Eligible ? x.Second.Returnable : 0,
                    x.Second.Eligible ? null : x.Second.Refusal))]));
        }
        return answer;
    }
}
