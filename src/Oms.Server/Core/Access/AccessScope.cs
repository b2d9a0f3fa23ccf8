using Oms.Domain.Common;
using Oms.Domain.Orders;

namespace Oms.Server.Core.Access;

/// <summary>
/// The objects a caller may reach: all, the locations it is bound to (a store associate's stores, a till's store, a
/// warehouse system's location) and/or one channel (a channel's key). An object outside the scope is answered as if it
/// did not exist (404), so that ids cannot be probed (OWASP API1).
/// </summary>
public sealed record AccessScope(IReadOnlySet<string>? Locations, string? Channel)
{
    public static readonly AccessScope All = new(null, null);

    public bool Unrestricted => Locations is null && Channel is null;

    public bool CanSeeLocation(string? code) => Locations is null || (code is not null && Locations.Contains(code));

    /// <summary>Sold at, fulfilled at or collected at one of the locations, and of the channel.</summary>
    public bool CanSee(Order order)
    {
        if (Channel is not null && !string.Equals(order.ChannelCode, Channel, StringComparison.Ordinal)) return false;
        if (Locations is null) return true;
        return (order.SellingLocationCode is { } selling && Locations.Contains(selling))
            || order.Lines.Any(l => (l.LocationCode is { } at && Locations.Contains(at))
                || (l.PickupLocationCode is { } pickup && Locations.Contains(pickup)))
            || order.FulfilmentOrders.Any(f => Locations.Contains(f.LocationCode));
    }

    /// <summary>At one of the locations, or a transfer coming to one of them (the pickup store hands it over).</summary>
    public bool CanSee(FulfilmentOrder fulfilmentOrder, Order order)
        => (CanSeeLocation(fulfilmentOrder.LocationCode) || (fulfilmentOrder.TransferTo is { } to && CanSeeLocation(to)))
            && (Channel is null || order.ChannelCode == Channel);

    /// <summary>The same rule as <see cref="CanSee(Order)"/>, in SQL.</summary>
    public IQueryable<Order> Filter(IQueryable<Order> orders)
    {
        if (Channel is { } channel) orders = orders.Where(o => o.ChannelCode == channel);
        if (Locations is null) return orders;
        var locations = Locations.ToList();
        return orders.Where(o => (o.SellingLocationCode != null && locations.Contains(o.SellingLocationCode))
            || o.Lines.Any(l => (l.LocationCode != null && locations.Contains(l.LocationCode))
                || (l.PickupLocationCode != null && locations.Contains(l.PickupLocationCode))));
    }

    public IQueryable<FulfilmentOrder> Filter(IQueryable<FulfilmentOrder> fulfilmentOrders, IQueryable<Order> orders)
    {
        if (Locations is not null)
        {
            var locations = Locations.ToList();
            fulfilmentOrders = fulfilmentOrders.Where(f => locations.Contains(f.LocationCode)
                || (f.TransferTo != null && locations.Contains(f.TransferTo)));
        }
        if (Channel is { } channel)
            fulfilmentOrders = fulfilmentOrders.Where(f => orders.Any(o => o.Id == f.OrderId && o.ChannelCode == channel));
        return fulfilmentOrders;
    }

    /// <summary>The order, or 404 worded as for one that does not exist when it is outside the scope.</summary>
    public Order Visible(Order order, string key) => CanSee(order) ? order : throw new NotFoundException("Order", key);

    /// <summary>404 for a location outside the scope, worded as for one that does not exist.</summary>
    public void RequireLocation(string code, string resource = "Location")
    {
        if (!CanSeeLocation(code)) throw new NotFoundException(resource, code);
    }

    /// <summary>A capture is for this caller's channel and, when bound to stores, sold at one of them.</summary>
    public void RequireCapture(string? channel, string? sellingLocation)
    {
        if (Channel is not null && !string.Equals(channel, Channel, StringComparison.Ordinal))
            throw new ForbiddenException($"This key captures orders for channel {Channel} only, not for {channel ?? "(none)"}.");
        if (Locations is not null && (sellingLocation is null || !Locations.Contains(sellingLocation)))
            throw new ForbiddenException(
                $"You may capture orders sold at your store(s) only ({string.Join(", ", Locations.Order(StringComparer.Ordinal))}); " +
                "name it in sellingLocation.");
    }
}
