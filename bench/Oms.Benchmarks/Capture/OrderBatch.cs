using System.Globalization;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
using Oms.Server.Core.Contracts;
using Oms.Server.Demo;

namespace Oms.Benchmarks.Capture;

/// <summary>
/// The orders of one run: web orders of N lines shipped to an address, SKUs from the part of the demo catalogue that the
/// central DC stocks, paid by card through the sandbox provider (or unpaid). Every order has its own channel order id,
/// customer and street address, so that no two orders race for the same unique key, every capture inserts a customer,
/// and the fraud check's address velocity sees an ordinary address rather than one shared by the whole run.
/// </summary>
internal static class OrderBatch
{
    /// <summary>SKU-0001..SKU-0040 have stock at DC-CENTRAL in the demo data.</summary>
    public const int StockedSkus = 40;

    /// <summary>The sandbox provider's token that always approves (Stripe's test card).</summary>
    public const string ApprovingCard = "pm_card_visa";

    public const decimal UnitPrice = 19.95m;
    public const decimal LineTax = 4.19m;
    public const decimal ShippingCharge = 4.95m;

    public static CaptureOrderRequest[] Create(string runId, int count, int seed, CaptureSettings settings)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(1, count).Select(i => Order(runId, i, random, settings))];
    }

    /// <summary>The street address of order <paramref name="i"/>: postcodes 1000 LG..9999 LG, as the prefilled orders use.</summary>
    public static AddressRequest Address(int i) => new("Bench Customer", string.Create(CultureInfo.InvariantCulture, $"Damrak {i}"), null,
        string.Create(CultureInfo.InvariantCulture, $"{1000 + i % 9000} LG"), "Amsterdam", "NL", null, 52.3731, 4.8922);

    private static CaptureOrderRequest Order(string runId, int i, Random random, CaptureSettings settings)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"{runId}-{i:000000}");
        var numbers = new HashSet<int>();
        while (numbers.Count < settings.Lines) numbers.Add(random.Next(1, StockedSkus + 1));
        // Lines in SKU order by default: the baseline locks stock rows line by line, and a common order keeps PostgreSQL
        // deadlocks (and their retries) out of its measurement (the OMS sorts its stock statements itself). Channels do
        // not sort their lines, though; --random-line-order shows what deadlocks do to the baseline.
        var ordered = settings.RandomLineOrder ? [.. numbers] : numbers.Order().ToList();
        var lines = ordered.Select(DemoData.Sku).Select(sku => new OrderLineRequest(
            sku, random.Next(1, 4), UnitPrice, 0m, LineTax, null, DeliveryMethod.ShipToAddress, null, null)).ToList();
        IReadOnlyList<PaymentRequest?>? payments = settings.Paid ? [new PaymentRequest(PaymentMethod.Card, "sandbox", ApprovingCard)] : null;
        return new CaptureOrderRequest("web", id, null, "EUR",
            new CustomerRequest($"{id}@bench.example", "Bench Customer", null),
            Address(i), null, null, ShippingCharge, lines, payments);
    }

    /// <summary>What a channel would send as the Idempotency-Key: one per order.</summary>
    public static string IdempotencyKey(CaptureOrderRequest order) => "bench-" + order.ChannelOrderId;
}
