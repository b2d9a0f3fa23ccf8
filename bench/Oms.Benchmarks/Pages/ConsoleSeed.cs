using System.Globalization;
using Oms.Domain.Orders;
using Oms.Benchmarks.Growth;
using Oms.Benchmarks.RawSql;

namespace Oms.Benchmarks.Pages;

/// <summary>
/// Reshapes the stored orders (<see cref="Prefill"/> writes every one allocated at the central DC, with its own customer)
/// into a shop's history: by order index, 8 in 20 completed, 7 in 20 shipped, and one in 20 each released, in fulfilment,
/// allocated, cancelled and back-ordered (no fulfilment order); one order in 200 released to STORE-UTR for picking, one
/// in 200 staged there for pickup (collect by within the next week) and one in 200 completed there; one order in 500 placed
/// by the same frequent customer. No release or pickup is left due, so that the release and pickup sweeps stay idle while
/// the pages are measured. Lines and fulfilment orders follow their order's status.
/// </summary>
internal static class ConsoleSeed
{
    public const string FrequentEmail = "frequent.buyer@bench.example";
    private const string Store = "STORE-UTR";
    private static readonly Guid FrequentCustomer = Guid.Parse("0193a000-0000-7000-8000-000000000001");
    private static readonly List<string> OrderColumns = [.. OrderRows.Orders.Columns];
    private static readonly List<string> LineColumns = [.. OrderRows.Lines.Columns];
    private static readonly List<string> FoColumns = [.. OrderRows.FulfilmentOrders.Columns];
    private static readonly List<string> CustomerColumns = [.. OrderRows.Customers.Columns];

    public static int FrequentOrders(int count) => (count + 249) / 500;

    /// <summary>The channel order id of an ordinary (shipped, single-order customer) order near the middle of the history.</summary>
    public static string SampleChannelOrderId(int count)
    {
        var k = count / 2;
        while (k % 20 is < 8 or > 11 || k % 200 is 7 or 27 or 47 || k % 500 == 250) k++;
        var start = k / Prefill.Chunk * Prefill.Chunk;
        return string.Create(CultureInfo.InvariantCulture, $"prefill-{start:0000000}-{k - start + 1:000000}");
    }

    private static (string Order, string Line, string? Fo, string? Location) Status(int i)
    {
        if (i % 200 == 7) return ("Released", "Released", "Released", Store);
        if (i % 200 == 27) return ("Completed", "Delivered", "Completed", Store);
        if (i % 200 == 47) return ("ReadyForPickup", "ReadyForPickup", "ReadyForPickup", Store);
        return (i % 20) switch
        {
            < 8 => ("Completed", "Delivered", "Completed", null),
            12 => ("Released", "Released", "Released", null),
            13 => ("InFulfilment", "Picked", "Picked", null),
            14 => ("Allocated", "Allocated", "Allocated", null),
            15 => ("Cancelled", "Cancelled", "Cancelled", null),
            16 => ("Backordered", "Backordered", null, null),
            _ => ("Shipped", "Shipped", "Shipped", null),
        };
    }

    public static IEnumerable<SqlRow> Shape(int i, IReadOnlyList<SqlRow> rows)
    {
        var (order, line, fo, location) = Status(i);
        var frequent = i % 500 == 250;
        var pickup = fo == "ReadyForPickup";
        foreach (var row in rows)
        {
            var v = row.Values;
            if (ReferenceEquals(row.Shape, OrderRows.Orders))
            {
                v[OrderColumns.IndexOf("Status")] = order;
                v[OrderColumns.IndexOf("ReleaseAfter")] = null;
                if (frequent)
                {
                    v[OrderColumns.IndexOf("CustomerId")] = FrequentCustomer;
                    v[OrderColumns.IndexOf("CustomerEmail")] = FrequentEmail;
                }
            }
            else if (ReferenceEquals(row.Shape, OrderRows.Customers) && frequent)
            {
                if (i != 250) continue;
                v[CustomerColumns.IndexOf("Id")] = FrequentCustomer;
                v[CustomerColumns.IndexOf("Email")] = FrequentEmail;
            }
            else if (ReferenceEquals(row.Shape, OrderRows.Lines))
            {
                v[LineColumns.IndexOf("Status")] = line;
                if (fo is null)
                {
                    v[LineColumns.IndexOf("LocationCode")] = null;
                    v[LineColumns.IndexOf("FulfilmentOrderId")] = null;
                }
                else if (location is not null) v[LineColumns.IndexOf("LocationCode")] = location;
                if (pickup)
                {
                    v[LineColumns.IndexOf("DeliveryMethod")] = nameof(DeliveryMethod.PickupInStore);
                    v[LineColumns.IndexOf("PickupLocationCode")] = location;
                    v[LineColumns.IndexOf("PickupExpiresAt")] = DateTime.UtcNow.AddDays(1 + i % 7);
                }
            }
            else if (ReferenceEquals(row.Shape, OrderRows.FulfilmentOrders))
            {
                if (fo is null) continue;
                v[FoColumns.IndexOf("Status")] = fo;
                if (location is not null) v[FoColumns.IndexOf("LocationCode")] = location;
                if (pickup) v[FoColumns.IndexOf("DeliveryMethod")] = nameof(DeliveryMethod.PickupInStore);
                if (fo != "Allocated") v[FoColumns.IndexOf("ReleasedAt")] = v[FoColumns.IndexOf("CreatedAt")];
            }
            yield return row;
        }
    }
}
