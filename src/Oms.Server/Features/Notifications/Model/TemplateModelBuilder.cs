using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Persistence;

namespace Oms.Server.Features.Notifications.Model;

/// <summary>
/// Builds what a template sees from an order as it stands now, with the product names, the channel, the carrier's
/// tracking URL and the store's address and hours looked up. the subject id names the shipment or the
/// fulfilment order the notification is about; without one (a preview) the latest shipment and the first pickup are used.
/// </summary>
public static class TemplateModelBuilder
{
    public static async Task<TemplateModel> BuildAsync(OmsDbContext db, Order order, NotificationKind kind, Guid? subjectId,
        TimeZoneInfo zone, CancellationToken ct)
    {
        var skus = order.Lines.Select(l => l.Sku).Distinct().ToList();
        var names = await db.Products.AsNoTracking().Where(p => skus.Contains(p.Sku)).ToDictionaryAsync(p => p.Sku, p => p.Name, ct);
        var channel = await db.Channels.AsNoTracking().Where(c => c.Code == order.ChannelCode).Select(c => c.Name).FirstOrDefaultAsync(ct);
        LineModel Line(OrderLine l) => new(l.LineNumber, l.Sku, names.GetValueOrDefault(l.Sku, l.Sku), l.Quantity, Money(l.UnitPrice),
            Money(l.Discount), Money(l.Tax), Money(l.Total), Camel(l.Status.ToString()), Camel(l.DeliveryMethod.ToString()));

        var lines = order.Lines.OrderBy(l => l.LineNumber).Select(Line).ToList();
        var model = new TemplateModel(
            NotificationCatalogue.Name(kind),
            new OrderModel(order.Number, order.ChannelOrderId, Local(order.CreatedAt, zone), Camel(order.Status.ToString()), order.Currency,
                Money(order.Subtotal.Amount), Money(order.TaxTotal.Amount), Money(order.ShippingCharge), Money(order.Total.Amount), lines,
                Address(order.ShippingAddress)),
            Customer(order),
            new ChannelModel(order.ChannelCode, channel ?? order.ChannelCode));

        return model with
        {
            Shipment = await ShipmentAsync(db, order, NotificationCatalogue.IsAboutShipment(kind) ? subjectId : null, zone, Line, ct),
            Pickup = await PickupAsync(db, order, kind switch
            {
                NotificationKind.ReadyForPickup or NotificationKind.PickupReminder => subjectId,
                // The parcel's lines name the carrier pickup point it waits at.
                NotificationKind.AtPickupPoint => order.Shipments.FirstOrDefault(s => s.Id == subjectId)?.FulfilmentOrderId,
                _ => null,
            }, Line, ct),
            Cancellation = Cancellation(order, Line),
        };
    }

    private static CancellationModel? Cancellation(Order order, Func<OrderLine, LineModel> line)
    {
        var cancelled = order.Lines.Where(l => l.Status == LineStatus.Cancelled).OrderBy(l => l.LineNumber).ToList();
        return cancelled.Count == 0
            ? null
            : new CancellationModel(cancelled.Select(l => l.CancelReason).LastOrDefault(r => r is not null), [.. cancelled.Select(line)]);
    }

    internal static DateTimeOffset Local(DateTime utc, TimeZoneInfo zone)
    {
        var at = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        return new DateTimeOffset(TimeZones.ToLocal(at, zone), zone.GetUtcOffset(at));
    }

    private static CustomerModel Customer(Order order)
    {
        var name = order.CustomerName ?? "";
        var first = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return new CustomerModel(name, first, order.CustomerEmail ?? "");
    }

    private static async Task<ShipmentModel?> ShipmentAsync(OmsDbContext db, Order order, Guid? shipmentId, TimeZoneInfo zone,
        Func<OrderLine, LineModel> line, CancellationToken ct)
    {
        var shipment = shipmentId is { } id
            ? order.Shipments.FirstOrDefault(s => s.Id == id)
            : order.Shipments.OrderBy(s => s.ShippedAt).LastOrDefault();
        if (shipment is null) return null;
        var carriers = await db.Carriers.AsNoTracking().ToListAsync(ct);
        var carrier = carriers.FirstOrDefault(c => string.Equals(c.Code, shipment.Carrier, StringComparison.OrdinalIgnoreCase))
            ?? carriers.FirstOrDefault(c => string.Equals(c.Name, shipment.Carrier, StringComparison.OrdinalIgnoreCase));
        var trackingUrl = carrier?.TrackingUrl(shipment.TrackingNumber)?.AbsoluteUri;
        return new ShipmentModel(carrier?.Name ?? shipment.Carrier, shipment.TrackingNumber, trackingUrl,
            Local(shipment.ShippedAt, zone),
            [.. order.Lines.Where(l => l.ShipmentId == shipment.Id).OrderBy(l => l.LineNumber).Select(line)],
            shipment.TrackingStatus is { } status ? Camel(status.ToString()) : null,
            shipment.TrackingStatusAt is { } at ? Local(at, zone) : null, shipment.TrackingLocation,
            shipment.DeliveredAt is { } delivered ? Local(delivered, zone) : null);
    }

    private static async Task<PickupModel?> PickupAsync(OmsDbContext db, Order order, Guid? fulfilmentOrderId,
        Func<OrderLine, LineModel> line, CancellationToken ct)
    {
        var pickups = order.Lines.Where(l => l.DeliveryMethod is DeliveryMethod.PickupInStore or DeliveryMethod.CarrierPickupPoint)
            .ToList();
        var lines = fulfilmentOrderId is { } id
            ? pickups.Where(l => l.FulfilmentOrderId == id).ToList()
            : pickups.Where(l => l.Status == LineStatus.ReadyForPickup).ToList() is { Count: > 0 } ready ? ready : pickups;
        if (lines.Count == 0) return null;
        var waiting = lines.Where(l => l.Status == LineStatus.ReadyForPickup).ToList() is { Count: > 0 } w ? w : lines;
        var code = waiting[0].PickupLocationCode ?? waiting[0].LocationCode;
        var location = code is null ? null : await db.Locations.AsNoTracking().FirstOrDefaultAsync(l => l.Code == code, ct);
        var zone = location is null ? null : TimeZoneInfo.TryFindSystemTimeZoneById(location.TimeZoneId, out var z) ? z : null;
        var expires = waiting.Min(l => l.PickupExpiresAt);
        return new PickupModel(Store(code ?? "", location),
            expires is { } at ? Local(at, zone ?? TimeZoneInfo.Utc) : null,
            [.. waiting.OrderBy(l => l.LineNumber).Select(line)]);
    }

    private static StoreModel Store(string code, Location? location)
    {
        if (location is null) return new StoreModel(code, code, null, []);
        IReadOnlyList<OpeningDayModel> hours = location.OpeningHours.IsKnown
            ? [.. Week.Select(d => new OpeningDayModel(d.ToString(), location.OpeningHours.On(d) is { Count: > 0 } ranges
                ? string.Join(", ", ranges.Select(r => $"{r.Opens:HH\\:mm}-{r.Closes:HH\\:mm}"))
                : "closed"))]
            : [];
        return new StoreModel(location.Code, location.Name, Address(location.Address), hours);
    }

    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday,
            DayOfWeek.Sunday];

    private static AddressModel? Address(Address? a)
        => a is null ? null : new AddressModel(a.Name, a.Line1, a.Line2, a.PostalCode, a.City, a.Country);

    private static decimal Money(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
