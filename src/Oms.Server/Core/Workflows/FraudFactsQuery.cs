using Oms.Domain.Fraud;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
using Oms.Persistence;
using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Workflows;

/// <summary>
/// Gathers what the fraud rules look at for an order from its <see cref="FraudHistory"/>: the orders of the rule set's
/// longest window that share its customer, e-mail or shipping postcode, counted in memory (distinct counts over normalised
/// addresses do not translate well to SQL).
/// </summary>
public static class FraudFactsQuery
{
    /// <summary>Since when a rule set looks back from <paramref name="now"/>.</summary>
    public static DateTime Since(FraudRuleSet rules, DateTime now) => now - (rules.Windows.Count > 0 ? rules.Windows[^1] : TimeSpan.Zero);

    /// <summary>Reads the history (one round trip) and gathers the facts.</summary>
    /// <param name="knownFirstOrder">True when the caller knows this is the customer's first order (it just created the customer).</param>
    public static async Task<FraudFacts> GatherAsync(OmsDbContext db, Order order, FraudRuleSet rules, DateTime now, CancellationToken ct,
        bool knownFirstOrder = false)
    {
        var batch = new ReadBatch(db);
        var history = FraudHistory.Read(batch, order.CustomerEmail, order.ShippingAddress?.PostalCode, Since(rules, now), order.Id);
        await batch.RunAsync(ct);
        return Facts(order, rules, now, history, knownFirstOrder);
    }

    /// <summary>The facts of an order from a history read for it (by the caller, with its other reads).</summary>
    public static FraudFacts Facts(Order order, FraudRuleSet rules, DateTime now, FraudHistory history, bool knownFirstOrder = false)
    {
        var earlier = history.Priors;
        // Customers are identified by e-mail: the orders of the e-mail are the customer's (an anonymous sale has neither).
        var mineIds = order.CustomerId is null ? [] : earlier.Where(o => o.CustomerId == order.CustomerId).Select(o => o.Id).ToHashSet();
        var cardsUsed = history.Cards.Where(c => mineIds.Contains(c.OrderId)).ToList();
        var isFirst = knownFirstOrder || order.CustomerId is null || (mineIds.Count == 0 && !history.OrderedBefore);

        var self = new FraudHistory.Prior(order.Id, order.CustomerId, order.CustomerEmail, now,
            order.ShippingAddress is { } a ? $"{a.Country}|{a.PostalCode}|{a.Line1}" : null);
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
}
