using Oms.Domain.Common;
using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Orders.Capture;

/// <summary>The checks of a capture that need the database or the whole order.</summary>
internal static class CaptureChecks
{
    /// <summary>An order total beyond this is refused: no retailer sells it, and sums stay inside the stored precision.</summary>
    public const decimal MaxOrderTotal = Limits.OrderTotal;

    /// <summary>Unknown SKUs and locations are the channel's mistake: 422 with the field that names them.</summary>
    /// <param name="known">The order's SKUs that are sold (active products).</param>
    public static void References(CaptureOrderRequest r, IReadOnlySet<string> known, IReadOnlyDictionary<string, Location> locations)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var i = 0; i < r.Lines!.Count; i++)
        {
            var l = r.Lines[i]!;
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

    public static void Total(Order order)
    {
        if (order.Total.Amount > MaxOrderTotal)
            throw new BusinessRuleException("lines", $"The order total {order.Total} is beyond what the OMS accepts ({new Money(MaxOrderTotal, order.Currency)}).");
    }

    /// <summary>A channel that sells only what is in stock or promised (a marketplace) gets a refusal instead of a back-order.</summary>
    public static void RefuseBackorders(Order order, string channel)
    {
        var errors = order.Lines.Where(l => l.Status == LineStatus.Backordered && l.ExpectedReceiptId is null).ToDictionary(
            l => $"lines[{l.LineNumber - 1}].quantity",
            l => new[] { $"No location can serve {l.Quantity} × {l.Sku} now, and channel {channel} does not accept back-orders." },
            StringComparer.Ordinal);
        if (errors.Count > 0) throw new BusinessRuleException(errors.First().Value[0], errors);
    }
}
