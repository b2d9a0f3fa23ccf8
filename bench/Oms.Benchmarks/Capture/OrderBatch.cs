using Oms.Server.Web;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using System.Globalization;
using Oms.Domain.Orders;
using Oms.Server.Demo;
using Oms.Server.Features.Orders;

namespace Oms.Benchmarks.Capture;

/// <summary>
/// The orders of one run: web orders of two lines shipped to an address, SKUs from the part of the demo
/// catalogue that the central DC stocks. Every order has its own channel order id, customer and street
/// address, so that no two orders race for the same unique key, every capture inserts a customer, and the
/// fraud check's address velocity sees an ordinary address rather than one shared by the whole run.
/// </summary>
internal static class OrderBatch
{
    /// <summary>SKU-0001..SKU-0040 have stock at DC-CENTRAL in the demo data.</summary>
    public const int StockedSkus = 40;

    public static CaptureOrderRequest[] Create(string runId, int count, int seed, bool randomLineOrder)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(1, count).Select(i => Order(runId, i, random, randomLineOrder))];
    }

    private static AddressRequest Address(int i) => new("Bench Customer", string.Create(CultureInfo.InvariantCulture, $"Damrak {i}"), null,
        string.Create(CultureInfo.InvariantCulture, $"{1000 + i % 9000} LG"), "Amsterdam", "NL", null, 52.3731, 4.8922);

    private static CaptureOrderRequest Order(string runId, int i, Random random, bool randomLineOrder)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"{runId}-{i:000000}");
        var first = random.Next(1, StockedSkus + 1);
        var second = random.Next(1, StockedSkus);
        if (second >= first) second++;
        // Lines in SKU order by default: the OMS and the baseline lock stock rows line by line, and a common
        // order keeps PostgreSQL deadlocks (and their retries) out of the measurement. Channels do not sort
        // their lines, though; --random-line-order shows what deadlocks do to capture.
        int[] numbers = randomLineOrder ? [first, second] : [Math.Min(first, second), Math.Max(first, second)];
        var skus = numbers.Select(DemoData.Sku);
        var lines = skus.Select(sku => new OrderLineRequest(
            sku, random.Next(1, 4), 19.95m, 0m, 4.19m, null, DeliveryMethod.ShipToAddress, null, null)).ToList();
        return new CaptureOrderRequest("web", id, null, "EUR",
            new CustomerRequest($"{id}@bench.example", "Bench Customer", null),
            Address(i), null, null, 4.95m, lines);
    }
}
