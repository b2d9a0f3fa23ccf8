using Oms.Domain.Common;
using Oms.Domain.Returns;

namespace Oms.Domain.Tests.Returns;

internal static class ReturnFixtures
{
    public static readonly DateTime Now = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);
    public static readonly Actor Clerk = new("user", "sam@store-a");
    public static readonly Actor Finance = new("user", "fin@hq");
    public static readonly ReturnReason ChangedMind = new("changed-mind", "Changed my mind");
    public static readonly ReturnReason Damaged = new("damaged", "Arrived damaged", WeAreAtFault: true);

    public static NewReturn Spec(params NewReturnLine[] lines) => new(Guid.NewGuid(), "R-0001", Guid.NewGuid(), "OMS-TEST", "EUR",
        ReturnKind.Return, "changed-mind", true, ReturnMethod.ShipToLocation, "DC1", lines);

    public static NewReturnLine Line(int qty = 2, string sku = "SKU-1") => new(Guid.NewGuid(), sku, qty, 10m);

    public static ReturnOrder Approved(params NewReturnLine[] lines)
    {
        var r = ReturnOrder.Request(Spec(lines.Length == 0 ? [Line()] : lines), Now, Clerk);
        r.Approve(null, Now, Actor.System);
        return r;
    }

    public static RefundLineInput Sold(int ordered, decimal price, decimal discount, decimal tax, int quantity, int before = 0,
        decimal beforeAmount = 0m, Guid? id = null)
        => new(id ?? Guid.NewGuid(), 1, "SKU-1", ordered, price, discount, tax, quantity, before, beforeAmount);

    public static RefundInput Input(string currency, ReturnReason reason, params RefundLineInput[] lines)
        => new(currency, lines, reason, ShippingRefundRule.WholeOrderOrAtFault);
}
