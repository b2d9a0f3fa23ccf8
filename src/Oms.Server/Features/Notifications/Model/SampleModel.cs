namespace Oms.Server.Features.Notifications.Model;

/// <summary>
/// A model with every part filled in (two lines, a shipment with a tracking link, a pickup with hours, a cancellation):
/// templates are tried against it when saved, so that a misspelt variable or filter is refused before any mail goes out,
/// and a preview without an order renders it.
/// </summary>
public static class SampleModel
{
    public static TemplateModel For(NotificationKind kind, DateTimeOffset now)
    {
        var address = new AddressModel("Anna de Vries", "Damrak 1", "2nd floor", "1012 LG", "Amsterdam", "NL");
        LineModel[] lines =
        [
            new(1, "SKU-0001", "Trail shoe black", 2, 29.95m, 0m, 10.40m, 70.30m, "shipped", "shipToAddress"),
            new(2, "SKU-0002", "Rain jacket black", 1, 39.95m, 5m, 7.34m, 42.29m, "readyForPickup", "pickupInStore"),
        ];
        var storeAddress = new AddressModel("Store Utrecht", "Oudegracht 1", "Ground floor", "3511 AA", "Utrecht", "NL");
        var store = new StoreModel("STORE-UTR", "Store Utrecht", storeAddress,
            [new("Monday", "09:00-18:00"), new("Tuesday", "09:00-18:00"), new("Wednesday", "09:00-18:00"), new("Thursday", "09:00-21:00"),
             new("Friday", "09:00-18:00"), new("Saturday", "10:00-12:30, 13:00-17:00"), new("Sunday", "closed")]);
        return new TemplateModel(
            NotificationCatalogue.Name(kind),
            new OrderModel("OMS-SAMPLE0001", "1001", now.AddDays(-2), "shipped", "EUR", 94.85m, 17.74m, 4.95m, 117.54m, lines, address),
            new CustomerModel("Anna de Vries", "Anna", "anna@example.com"),
            new ChannelModel("web", "Webshop"),
            new ShipmentModel("PostNL", "3SABC123", "https://track.example/3SABC123", now.AddHours(-3), [lines[0]], "outForDelivery",
                now.AddHours(-1), "Service point 10234, Bruna Damrak", now),
            new PickupModel(store, now.AddDays(6), [lines[1]]),
            new CancellationModel("Customer called", [lines[1]]));
    }
}
