using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Fraud;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
using Oms.Persistence;

namespace Oms.Server.Features.Fraud;

/// <summary>
/// Gathers what the fraud rules look at for a new order (not yet saved) from the orders of the last
/// <see cref="FraudWindow.Longest"/> that share its customer, e-mail or shipping postcode. Counting happens in
/// memory: the candidate set is small, and SQLite cannot compare decimals in SQL.
/// </summary>
public static class FraudFactsQuery
{
    private const int MaxOrders = 500;

    public static async Task<FraudFacts> GatherAsync(OmsDbContext db, Order order, FraudRuleSet rules, DateTime now, CancellationToken ct)
    {
        var longest = rules.Windows.Count > 0 ? rules.Windows[^1] : TimeSpan.Zero;
        var since = now - longest;
        var postcode = order.ShippingAddress?.PostalCode;
        var earlier = await db.Orders.AsNoTracking().Include(o => o.Payments)
            .Where(o => o.Id != order.Id && o.CreatedAt > since
                && (o.CustomerId == order.CustomerId || o.CustomerEmail == order.CustomerEmail
                    || (postcode != null && o.ShippingAddress!.PostalCode == postcode)))
            // The newest orders only: a busy customer or address must not make every capture read its whole history.
            // Velocity thresholds are small, so counts past this many change no decision.
            .OrderByDescending(o => o.CreatedAt).Take(MaxOrders)
            .ToListAsync(ct);
        var isFirst = !await db.Orders.AsNoTracking().AnyAsync(o => o.CustomerId == order.CustomerId && o.Id != order.Id, ct);

        var windows = new Dictionary<TimeSpan, FraudWindowCounts>();
        foreach (var window in rules.Windows)
        {
            var inWindow = earlier.Where(o => o.CreatedAt > now - window).Append(order).ToList();
            var mine = inWindow.Where(o => o.CustomerId == order.CustomerId).ToList();
            var cards = mine.SelectMany(o => o.Payments).Where(p => p.Method == PaymentMethod.Card).Select(p => p.Token).Distinct(StringComparer.Ordinal).Count();
            var addresses = inWindow.Where(o => o.CustomerEmail == order.CustomerEmail && o.ShippingAddress is not null)
                .Select(o => AddressKey(o.ShippingAddress!)).Distinct(StringComparer.Ordinal).Count();
            var emails = order.ShippingAddress is null ? 0 : inWindow
                .Where(o => o.ShippingAddress is not null && AddressKey(o.ShippingAddress) == AddressKey(order.ShippingAddress))
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

    private static string AddressKey(Address a)
        => $"{a.Country}|{a.PostalCode.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()}|{a.Line1.Trim().ToUpperInvariant()}";
}
