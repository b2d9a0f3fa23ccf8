using Oms.Server.Features.Orders.Capture;
using Oms.Server.Web;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Server.Demo;
using Oms.Server.Features.Orders;

namespace Oms.Benchmarks.RawSql;

/// <summary>A conditional reservation the baseline makes; it fails when the row has too little free stock.</summary>
internal sealed record StockClaim(string Location, string Sku, int Quantity);

/// <summary>One row to insert, values in the order of its table's columns.</summary>
internal sealed record InsertRow(TableShape Table, object?[] Values);

/// <summary>Everything one captured order writes: reservations first, then the rows, as the OMS does.</summary>
internal sealed record OrderWrite(IReadOnlyList<StockClaim> Claims, IReadOnlyList<InsertRow> Inserts);

/// <summary>
/// The rows the OMS writes when it captures one of the benchmark's orders (new customer, lines shipped to
/// an address, all sourced from the central DC): one customer, the order, its lines, one fulfilment order
/// and four timeline entries (captured, two allocations, the status change). Same columns, same values
/// as far as they matter, so that the database does the same work; the reads the OMS does first
/// (duplicate check, channel, locations, catalogue, customer, candidate stock) are left out on purpose:
/// they are part of what the ratio measures. Nullable columns not listed here keep their NULL default, which
/// is what EF Core writes into them for these orders. The capture command compares rows per order after each run.
/// </summary>
internal static class OrderRows
{
    public static readonly TableShape Customers = new("Customers", ["Id", "Email", "Name", "Phone", "CreatedAt"]);

    public static readonly TableShape Orders = new("Orders",
    [
        "Id", "Number", "ChannelCode", "ChannelOrderId", "Type", "Status", "Currency", "CustomerId", "CustomerEmail",
        "CustomerName", "CustomerPhone", "SellingLocationCode", "ShippingCharge", "EnteredBy", "CreatedAt", "UpdatedAt",
        "Version", "RequestHash", "WorkflowId", "PaysInStore",
        .. TableShape.AddressColumns("BillingAddress"), .. TableShape.AddressColumns("ShippingAddress"),
    ]);

    public static readonly TableShape Lines = new("OrderLines",
    [
        "Id", "LineNumber", "Sku", "Quantity", "UnitPrice", "Discount", "Tax", "DeliveryMethod", "PickupLocationCode",
        "Status", "WorkflowId", "LocationCode", "FulfilmentOrderId", "ShipmentId", "PickupExpiresAt", "CancelReason",
        "OrderId", .. TableShape.AddressColumns("ShippingAddress"),
    ]);

    public static readonly TableShape FulfilmentOrders = new("FulfilmentOrders",
        ["Id", "OrderId", "Number", "LocationCode", "DeliveryMethod", "Status", "CreatedAt", "ReleasedAt"]);

    public static readonly TableShape SourcingDecisions = new("SourcingDecisions",
        ["Id", "OrderId", "At", "RuleSet", "Summary", "Explanation"]);

    /// <summary>An explanation of the size the OMS stores for a two-line order over the demo network (about 4 KB).</summary>
    private static readonly string Explanation = "{\"ruleSet\":\"default\",\"lines\":[" + string.Join(',', Enumerable.Repeat(
        "{\"candidatesConsidered\":14,\"filteredOut\":[{\"rule\":\"cannot ship\",\"locations\":[\"STORE-ARN\",\"STORE-HLM\"]}]," +
        "\"scores\":[" + string.Join(',', Enumerable.Repeat("{\"locationCode\":\"STORE-AMS\",\"availableToPromise\":4,\"rankers\":[{\"ranker\":\"distance\",\"value\":40.1,\"weight\":1}],\"total\":40.1}", 8)) + "]}", 2)) + "]}";

    public static readonly TableShape Timeline = new("OrderTimeline",
        ["Id", "OrderId", "Sequence", "At", "Type", "Actor", "Message", "LineId"]);

    private static readonly object?[] NoAddress = new object?[9];
    private const string Allocated = nameof(LineStatus.Allocated);
    private const string Ship = nameof(DeliveryMethod.ShipToAddress);

    public static OrderWrite From(CaptureOrderRequest r, DateTime now)
    {
        var location = DemoData.CentralDc;
        var customerId = Guid.CreateVersion7(now);
        var orderId = Guid.CreateVersion7(now);
        var foId = Guid.CreateVersion7(now);
        var number = OrderNumbers.Next();
        var email = r.Customer!.Email!.Trim().ToLowerInvariant();
        var channelActor = Actor.Channel(r.Channel!).ToString();
        var lines = r.Lines!.Select(l => l!).ToList();
        var total = lines.Sum(l => l.UnitPrice!.Value * l.Quantity!.Value + l.Tax!.Value) + r.ShippingCharge!.Value;
        var address = Address(r.ShippingAddress);

        var claims = new List<StockClaim>();
        var rows = new List<InsertRow>
        {
            new(Customers, [customerId, email, r.Customer.Name, r.Customer.Phone, now]),
            new(Orders,
            [
                orderId, number, r.Channel, r.ChannelOrderId, nameof(OrderType.Standard), nameof(OrderStatus.Allocated), r.Currency,
                customerId, email, r.Customer.Name, r.Customer.Phone, null, r.ShippingCharge, channelActor, now, now,
                // Capture, then one allocation per line, each bump the version.
                1 + lines.Count, Hash(r.ChannelOrderId!), "default@0", false, .. NoAddress, .. address,
            ]),
            new(FulfilmentOrders, [foId, orderId, $"{number}-1", location, Ship, nameof(FulfilmentOrderStatus.Allocated), now, null]),
            new(SourcingDecisions, [Guid.CreateVersion7(now), orderId, now, "built-in default",
                $"{lines.Count} of {lines.Count} line(s) assigned from 1 location(s) ({location})", Explanation]),
            Entry(orderId, 1, now, "order.captured", channelActor, string.Create(CultureInfo.InvariantCulture,
                $"Order captured from channel {r.Channel} ({r.ChannelOrderId}) with {lines.Count} line(s), total {total:0.00} {r.Currency}."), null),
            Entry(orderId, 2, now, "workflow.started", Actor.System.ToString(),
                "Workflow default@0: validation, fraudCheck, paymentAuthorisation, sourcing, release.", null),
            Entry(orderId, 3, now, "fraud.assessed", "system:fraud", "Fraud score 10 (accept below 50): first order of the customer (+10).", null),
        };
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            var lineId = Guid.CreateVersion7(now);
            claims.Add(new StockClaim(location, l.Sku!, l.Quantity!.Value));
            rows.Add(new InsertRow(Lines,
            [
                lineId, i + 1, l.Sku, l.Quantity, l.UnitPrice, l.Discount, l.Tax, Ship, null, Allocated,
                LineLifecycles.ShipToAddress.Id, location, foId, null, null, null, orderId, .. NoAddress,
            ]));
            rows.Add(Entry(orderId, i + 4, now, "line.allocated", "system:sourcing",
                $"Line {i + 1} ({l.Quantity} × {l.Sku}) allocated to {location}: central DC has stock.", lineId));
        }
        rows.Add(Entry(orderId, lines.Count + 4, now, "order.status-changed", Actor.System.ToString(), "Order status Created → Allocated.", null));
        return new OrderWrite(claims, rows);
    }

    private static InsertRow Entry(Guid orderId, int sequence, DateTime at, string type, string actor, string message, Guid? lineId)
        => new(Timeline, [Guid.CreateVersion7(at), orderId, sequence, at, type, actor, message, lineId]);

    private static object?[] Address(AddressRequest? a) => a is null ? NoAddress
        : [a.City, a.Country, a.Latitude, a.Line1, a.Line2, a.Longitude, a.Name, a.Phone, a.PostalCode];

    /// <summary>The OMS stores a SHA-256 of the request; any 64 hex characters fill the column the same way.</summary>
    private static string Hash(string channelOrderId) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(channelOrderId)));
}
