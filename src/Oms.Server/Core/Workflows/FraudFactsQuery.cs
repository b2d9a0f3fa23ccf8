using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Fraud;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
using Oms.Persistence;

namespace Oms.Server.Core.Workflows;

/// <summary>
/// Gathers what the fraud rules look at for a new order (not yet saved) from the orders of the last
/// <see cref="FraudWindow.Longest"/> that share its customer, e-mail or shipping postcode: a few columns of at most
/// 500 orders, counted in memory (distinct counts over normalised addresses do not translate well to SQL).
/// </summary>
public static class FraudFactsQuery
{
    private const int MaxOrders = 500;

    /// <param name="knownFirstOrder">True when the caller knows this is the customer's first order (it just created the customer):
    /// nothing of theirs is asked for.</param>
    public static async Task<FraudFacts> GatherAsync(OmsDbContext db, Order order, FraudRuleSet rules, DateTime now, CancellationToken ct,
        bool knownFirstOrder = false)
    {
        var longest = rules.Windows.Count > 0 ? rules.Windows[^1] : TimeSpan.Zero;
        var since = now - longest;
        var postcode = order.ShippingAddress?.PostalCode;
        // An anonymous sale has no customer or e-mail to match: only its address counts.
        var customerId = order.CustomerId ?? Guid.Empty;
        var email = order.CustomerEmail ?? "";
        // Only the columns the rules count, never whole orders: capture must stay cheap however busy an address is.
        var earlier = await db.Orders.AsNoTracking()
            .Where(o => o.Id != order.Id && o.CreatedAt > since
                && (o.CustomerId == customerId || o.CustomerEmail == email
                    || (postcode != null && o.ShippingAddress!.PostalCode == postcode)))
            // The newest orders only: a busy customer or address must not make every capture read its whole history.
            // Velocity thresholds are small, so counts past this many change no decision.
            .OrderByDescending(o => o.CreatedAt).Take(MaxOrders)
            .Select(o => new Prior(o.Id, o.CustomerId, o.CustomerEmail, o.CreatedAt,
                o.ShippingAddress == null ? null : o.ShippingAddress.Country + "|" + o.ShippingAddress.PostalCode + "|" + o.ShippingAddress.Line1))
            .ToListAsync(ct);
        var mineIds = earlier.Where(o => o.CustomerId == order.CustomerId).Select(o => o.Id).ToList();
        var cardsUsed = mineIds.Count == 0 ? [] : await db.Set<OrderPayment>().AsNoTracking()
            .Where(p => mineIds.Contains(p.OrderId) && p.Method == PaymentMethod.Card)
            .Select(p => new { p.OrderId, p.Token }).ToListAsync(ct);
        // Orders of the customer inside the window prove it is not their first; only when there are none is history asked.
        var isFirst = knownFirstOrder || order.CustomerId is null
            || (mineIds.Count == 0 && !await db.Orders.AsNoTracking().AnyAsync(o => o.CustomerId == customerId && o.Id != order.Id, ct));

        var self = new Prior(order.Id, order.CustomerId, order.CustomerEmail, now, order.ShippingAddress is { } a ? $"{a.Country}|{a.PostalCode}|{a.Line1}" : null);
        var ownCards = order.Payments.Where(p => p.Method == PaymentMethod.Card).Select(p => p.Token);
        var windows = new Dictionary<TimeSpan, FraudWindowCounts>();
        foreach (var window in rules.Windows)
        {
            var inWindow = earlier.Where(o => o.CreatedAt > now - window).Append(self).ToList();
            var mine = inWindow.Where(o => o.Id == order.Id || (o.CustomerId is not null && o.CustomerId == order.CustomerId)).Select(o => o.Id).ToHashSet();
            var cards = cardsUsed.Where(c => mine.Contains(c.OrderId)).Select(c => c.Token).Concat(ownCards).Distinct(StringComparer.Ordinal).Count();
            var addresses = inWindow.Where(o => (o.Id == order.Id || (o.CustomerEmail is not null && o.CustomerEmail == order.CustomerEmail)) && o.Address is not null)
                .Select(o => AddressKey(o.Address!)).Distinct(StringComparer.Ordinal).Count();
            var emails = self.Address is null ? 0 : inWindow
                .Where(o => o.Address is not null && AddressKey(o.Address) == AddressKey(self.Address))
                .Select(o => o.CustomerEmail).Distinct(StringComparer.Ordinal).Count();
            windows[window] = new FraudWindowCounts(mine.Count, cards, addresses, emails);
        }

        return new FraudFacts
        {
            OrderTotal = order.Total,
            Channel = order.ChannelCode,
            IsFirstOrder = isFirst,
            BillingCountry = order.BillingAddress?.Country,
            ShippingCountry = order.ShippingAddress?.Country ?? order.Lines.Select(l => l.ShippingAddress?.Country).FirstOrDefault(c => c is not null),
            Skus = [.. order.Lines.Select(l => l.Sku).Distinct(StringComparer.Ordinal)],
            Windows = windows,
        };
    }

    /// <summary>Country, postcode without spaces and street line, case-insensitive: "1012 LG" and "1012lg" are one address.</summary>
    private static string AddressKey(string raw)
    {
        var parts = raw.Split('|');
        return $"{parts[0]}|{parts[1].Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()}|{parts[2].Trim().ToUpperInvariant()}";
    }

    /// <param name="Address">Country|postcode|line1 as stored, or null for an order without a shipping address.</param>
    private sealed record Prior(Guid Id, Guid? CustomerId, string? CustomerEmail, DateTime CreatedAt, string? Address);
}
