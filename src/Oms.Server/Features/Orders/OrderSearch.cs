using Microsoft.EntityFrameworkCore;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Customers;
using Oms.Server.Web;

namespace Oms.Server.Features.Orders;

/// <summary>
/// Order search for agents and systems: by status, channel, channel order id (a till receipt), order number, customer
/// e-mail, phone or name, store (sold, fulfilled or picked up there), creation date, and how much came back (<c>returnState</c>); newest first, in keyset pages.
/// </summary>
public sealed record OrderSearch(
    string? Status, string? Channel, string? ChannelOrderId, string? Number, string? Email, string? Phone, string? Name,
    DateTime? From, DateTime? To, int? Limit, string? Cursor, string? ReturnState = null, string? Store = null)
{
    public async Task<CursorPage<OrderSummaryResponse>> RunAsync(OmsDbContext db, PhoneNormalizer phones, Core.Access.AccessScope scope,
        CancellationToken ct)
    {
        var limit = PageCursor.Limit(Limit);
        var after = PageCursor.Parse(Cursor);
        var status = QueryValues.Enum<OrderStatus>(Status, "status");
        if (From > To) throw QueryValues.Invalid("from", "from must not be after to.");

        var q = scope.Filter(db.Orders.AsNoTracking());
        if (status is { } st) q = q.Where(o => o.Status == st);
        if (QueryValues.Enum<OrderReturnState>(ReturnState, "returnState") is { } rs) q = q.Where(o => o.ReturnState == rs);
        if (QueryValues.Text(Channel, "channel") is { } channel) q = q.Where(o => o.ChannelCode == channel);
        if (QueryValues.Text(ChannelOrderId, "channelOrderId") is { } receipt) q = q.Where(o => o.ChannelOrderId == receipt);
        if (QueryValues.Text(Number, "number")?.ToUpperInvariant() is { } number) q = q.Where(o => o.Number == number);
        if (QueryValues.Text(Email, "email") is { } email) { var e = email.ToLowerInvariant(); q = q.Where(o => o.CustomerEmail == e); }
        if (QueryValues.Text(Phone, "phone") is { } phone)
        {
            // Stored in E.164 since capture normalises; the text as typed still finds an unreadable number (or an older row).
            var e164 = phones.Normalize(phone);
            q = q.Where(o => o.CustomerPhone == e164 || o.CustomerPhone == phone);
        }
#pragma warning disable CA1862 // ToLower() is what EF translates on both databases (LOWER); a StringComparison overload is not.
        if (QueryValues.Text(Name, "name") is { } name)
        {
            var n = name.ToLowerInvariant();
            q = q.Where(o => o.CustomerName != null && o.CustomerName.ToLower().Contains(n));
        }
#pragma warning restore CA1862
        if (QueryValues.Text(Store, "store") is { } store)
            q = q.Where(o => o.SellingLocationCode == store
                || o.Lines.Any(l => l.LocationCode == store || l.PickupLocationCode == store));
        if (From is { } from) { var f = from.ToUniversalTime(); q = q.Where(o => o.CreatedAt >= f); }
        if (To is { } to) { var t = to.ToUniversalTime(); q = q.Where(o => o.CreatedAt <= t); }
        if (after is { } c) q = q.Where(o => o.CreatedAt < c.At || (o.CreatedAt == c.At && o.Id.CompareTo(c.Id) < 0));

        var orders = await q.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id).Take(limit + 1)
            .Include(o => o.Lines).AsSplitQuery().ToListAsync(ct);
        return PageCursor.Page(orders, limit, o => new PageCursor(o.CreatedAt, o.Id), OrderSummaryResponse.From);
    }
}
