using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Oms.Benchmarks.Capture;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;
using Oms.Server.Demo;
using Oms.Server.Features.Orders.Capture;

namespace Oms.Benchmarks.RawSql;

/// <summary>A conditional reservation the baseline makes; it fails when the row has too little free stock.</summary>
internal sealed record StockClaim(string Location, string Sku, int Quantity);

/// <summary>
/// Everything one captured order writes. Unpaid: the reservations, then <see cref="Capture"/>, in one transaction. Paid,
/// as the OMS does it (payments are called outside a transaction, ADR 0008): <see cref="Capture"/> (the order waiting for
/// its payment) in one transaction; then, with the provider's answer, the reservations and <see cref="Settle"/> (the answer,
/// the allocation) in a second. <see cref="Final"/> is the order as it ends up, as inserts only (for filling a database).
/// </summary>
internal sealed record OrderWrite(IReadOnlyList<StockClaim> Claims, IReadOnlyList<SqlRow> Capture, IReadOnlyList<SqlRow> Settle,
    IReadOnlyList<SqlRow> Final);

/// <summary>
/// The rows the OMS writes when it captures one of the benchmark's orders (new customer, lines shipped to an address, all
/// sourced from the central DC): customer, order, lines, fulfilment order, sourcing decision, timeline, idempotency record,
/// and for a paid order the payment, its authorisation and the payment hold. Same columns, same values as far as they
/// matter, so that the database does the same work; the reads the OMS does first (duplicate check, channel, catalogue,
/// customer, fraud history, candidate stock) and its outbox rows are left out on purpose: they are part of what the ratio
/// measures. Nullable columns not listed keep their NULL default. The commands compare rows per order after each run.
/// </summary>
internal static class OrderRows
{
    public static readonly TableShape Customers = new("Customers", ["Id", "Email", "Name", "Phone", "CreatedAt"]);

    public static readonly TableShape Orders = new("Orders",
    [
        "Id", "Number", "ChannelCode", "ChannelOrderId", "Type", "Status", "Currency", "CustomerId", "CustomerEmail",
        "CustomerName", "CustomerPhone", "SellingLocationCode", "ShippingCharge", "EnteredBy", "CreatedAt", "UpdatedAt",
        "Version", "RequestHash", "WorkflowId", "PaysInStore", "AuthorisationStarted", "SourcingReached", "NextStep", "ReleaseAfter",
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

    public static readonly TableShape SourcingDecisions = new("SourcingDecisions", ["Id", "OrderId", "At", "RuleSet", "Summary", "Explanation"]);

    public static readonly TableShape Timeline = new("OrderTimeline", ["Id", "OrderId", "Sequence", "At", "Type", "Actor", "Message", "LineId"]);

    public static readonly TableShape Idempotency = new("IdempotencyRecords", ["Key", "CreatedAt", "RequestHash", "ResourceId", "StatusCode"]);

    public static readonly TableShape Payments = new("OrderPayments",
    [
        "Id", "OrderId", "Sequence", "Method", "Provider", "Token", "Amount", "Authorised", "Captured", "Refunded", "Voided",
        "Declined", "AuthorisationReference",
    ]);

    public static readonly TableShape PaymentTransactions = new("PaymentTransactions",
        ["Id", "PaymentId", "Sequence", "Kind", "Amount", "Status", "IdempotencyKey", "Attempts", "RequestedAt", "Outcome", "ProviderReference", "CompletedAt"]);

    public static readonly TableShape Holds = new("OrderHolds", ["Id", "OrderId", "Kind", "Reason", "PlacedAt", "BeforeStep", "LiftedAt", "LiftedBy", "LiftReason"]);

    private static readonly UpdateShape AnswerTransaction = new("PaymentTransactions",
        ["Status", "Outcome", "ProviderReference", "CompletedAt", "Attempts"], ["Id"]);
    private static readonly UpdateShape AuthorisePayment = new("OrderPayments", ["Authorised", "AuthorisationReference"], ["Id"]);
    private static readonly UpdateShape LiftHold = new("OrderHolds", ["LiftedAt", "LiftedBy", "LiftReason"], ["Id"]);
    private static readonly UpdateShape AllocateLines = new("OrderLines", ["Status", "LocationCode", "FulfilmentOrderId"], ["OrderId"]);
    private static readonly UpdateShape AllocateOrder = new("Orders",
        ["Status", "Version", "UpdatedAt", "SourcingReached", "NextStep", "ReleaseAfter"], ["Id"]);

    /// <summary>
    /// An explanation of the size the OMS stores for such an order; the commands print the OMS's average beside this
    /// one's length, so that a change in the OMS shows.
    /// </summary>
    public static string Explanation { get; set; } = "{\"ruleSet\":\"default\",\"lines\":[" + string.Join(',', Enumerable.Repeat(
        "{\"candidatesConsidered\":14,\"filteredOut\":[{\"rule\":\"cannot ship\",\"locations\":[\"STORE-ARN\",\"STORE-HLM\"]}]," +
        "\"scores\":[" + string.Join(',', Enumerable.Repeat("{\"locationCode\":\"STORE-AMS\",\"availableToPromise\":4,\"rankers\":[{\"ranker\":\"distance\",\"value\":40.1,\"weight\":1}],\"total\":40.1}", 23)) + "]}", 3)) + "]}";

    private static readonly object?[] NoAddress = new object?[9];
    private const string Ship = nameof(DeliveryMethod.ShipToAddress);
    private const string Workflow = "default@0";

    public static OrderWrite From(CaptureOrderRequest r, DateTime now, bool paid) => new Builder(r, now, paid).Build();

    private sealed class Builder(CaptureOrderRequest r, DateTime now, bool paid)
    {
        private readonly string _location = DemoData.CentralDc;
        private readonly Guid _orderId = Guid.CreateVersion7(now);
        private readonly Guid _foId = Guid.CreateVersion7(now);
        private readonly Guid _paymentId = Guid.CreateVersion7(now);
        private readonly Guid _transactionId = Guid.CreateVersion7(now);
        private readonly Guid _holdId = Guid.CreateVersion7(now);
        private readonly string _number = OrderNumbers.Next();
        private readonly string _channel = Actor.Channel(r.Channel!).ToString();
        private readonly List<OrderLineRequest> _lines = [.. r.Lines!.Select(l => l!)];
        private readonly List<Guid> _lineIds = [.. r.Lines!.Select(_ => Guid.CreateVersion7(now))];
        private int _sequence;

        private decimal Total => _lines.Sum(l => l.UnitPrice!.Value * l.Quantity!.Value + l.Tax!.Value) + r.ShippingCharge!.Value;

        public OrderWrite Build()
        {
            var claims = _lines.Select(l => new StockClaim(_location, l.Sku!, l.Quantity!.Value)).ToList();
            var capture = Capture(final: !paid);
            if (!paid)
            {
                capture.AddRange(Allocation().Where(x => x.Shape is TableShape));
                return new OrderWrite(claims, capture, [], capture);
            }
            _sequence = 5;
            var settle = Answer();
            settle.AddRange(Allocation());
            _sequence = 0;
            var final = Capture(final: true);
            _sequence = 5;
            final.AddRange(Allocation().Where(x => x.Shape is TableShape));
            final.AddRange(AnswerEntries());
            return new OrderWrite(claims, capture, settle, final);
        }

        /// <summary>The customer, the order, its lines and (paid) its payment waiting for authorisation under a hold.</summary>
        private List<SqlRow> Capture(bool final)
        {
            var email = r.Customer!.Email!.Trim().ToLowerInvariant();
            var customerId = Guid.CreateVersion7(now);
            var status = final ? nameof(OrderStatus.Allocated) : nameof(OrderStatus.Created);
            var rows = new List<SqlRow>
            {
                new(Idempotency, [OrderBatch.IdempotencyKey(r), now, Hash(r.ChannelOrderId!), _orderId, 201]),
                new(Customers, [customerId, email, r.Customer.Name, r.Customer.Phone, now]),
                new(Orders,
                [
                    _orderId, _number, r.Channel, r.ChannelOrderId, nameof(OrderType.Standard), status, r.Currency,
                    customerId, email, r.Customer.Name, r.Customer.Phone, null, r.ShippingCharge, _channel, now, now,
                    // Capture, then one allocation per line, each bump the version.
                    final ? 1 + _lines.Count : 1, Hash(r.ChannelOrderId!), Workflow, false, paid, final, final ? null : 3,
                    final ? now.AddMinutes(30) : null, .. NoAddress, .. Address(r.ShippingAddress),
                ]),
            };
            for (var i = 0; i < _lines.Count; i++)
            {
                var l = _lines[i];
                rows.Add(new(Lines,
                [
                    _lineIds[i], i + 1, l.Sku, l.Quantity, l.UnitPrice, l.Discount, l.Tax, Ship, null,
                    final ? nameof(LineStatus.Allocated) : nameof(LineStatus.Created), LineLifecycles.ShipToAddress.Id,
                    final ? _location : null, final ? _foId : null, null, null, null, _orderId, .. NoAddress,
                ]));
            }
            rows.Add(Entry("order.captured", _channel, string.Create(CultureInfo.InvariantCulture,
                $"Order captured from channel {r.Channel} ({r.ChannelOrderId}) with {_lines.Count} line(s), total {Total:0.00} {r.Currency}.")));
            rows.Add(Entry("workflow.started", Actor.System.ToString(), $"Workflow {Workflow}: validation, fraudCheck, paymentAuthorisation, sourcing, release."));
            if (paid)
            {
                rows.Add(new(Payments, [_paymentId, _orderId, 1, "Card", "sandbox", OrderBatch.ApprovingCard, Total, final ? Total : 0m, 0m, 0m, 0m,
                    false, final ? "sandbox_auth_0000000000" : null]));
                rows.Add(new(PaymentTransactions, [_transactionId, _paymentId, 1, "Authorise", Total, final ? "Approved" : "Pending",
                    $"oms-{_transactionId:N}", final ? 1 : 0, now, final ? "Approved" : null, final ? "sandbox_auth_0000000000" : null, final ? now : null]));
                rows.Add(new(Holds, [_holdId, _orderId, "Payment", "awaiting payment authorisation", now, 3, final ? now : null,
                    final ? "system" : null, final ? "payment authorised" : null]));
                rows.Add(Entry("payment.added", _channel, string.Create(CultureInfo.InvariantCulture,
                    $"Payment 1 (Card, sandbox) for {Total:0.00} EUR awaits authorisation.")));
            }
            rows.Add(Entry("fraud.assessed", "system:fraud", "Fraud score 10 (accept below 50): first order of the customer (+10)."));
            if (paid) rows.Add(Entry("hold.placed", "system:workflow", "Payment hold: awaiting payment authorisation."));
            return rows;
        }

        /// <summary>The provider's answer: the transaction approved, the payment authorised, the hold lifted.</summary>
        private List<SqlRow> Answer()
        {
            var reference = "sandbox_auth_" + _transactionId.ToString("N")[..10];
            var rows = new List<SqlRow>
            {
                new(AnswerTransaction, ["Approved", "Approved", reference, now, 1, _transactionId]),
                new(AuthorisePayment, [Total, reference, _paymentId]),
                new(LiftHold, [now, "system", "payment authorised", _holdId]),
            };
            rows.AddRange(AnswerEntries());
            return rows;
        }

        private IEnumerable<SqlRow> AnswerEntries() =>
        [
            Entry("payment.authorised", "system", string.Create(CultureInfo.InvariantCulture, $"Authorise of {Total:0.00} EUR on payment 1 (sandbox) approved.")),
            Entry("hold.lifted", "system", "Payment hold lifted: payment authorised."),
        ];

        /// <summary>Sourcing: the fulfilment order, the lines allocated to it, the decision, the order's new status.</summary>
        private List<SqlRow> Allocation()
        {
            var rows = new List<SqlRow>
            {
                new(FulfilmentOrders, [_foId, _orderId, $"{_number}-1", _location, Ship, nameof(FulfilmentOrderStatus.Allocated), now, null]),
                new(AllocateLines, [nameof(LineStatus.Allocated), _location, _foId, _orderId]),
                new(SourcingDecisions, [Guid.CreateVersion7(now), _orderId, now, "built-in default",
                    $"{_lines.Count} of {_lines.Count} line(s) assigned from 1 location(s) ({_location})", Explanation]),
            };
            for (var i = 0; i < _lines.Count; i++)
            {
                rows.Add(Entry("line.allocated", "system:sourcing",
                    $"Line {i + 1} ({_lines[i].Quantity} × {_lines[i].Sku}) allocated to {_location}: central DC has stock.", _lineIds[i]));
            }
            rows.Add(Entry("order.status-changed", Actor.System.ToString(), "Order status Created → Allocated."));
            rows.Add(new(AllocateOrder, [nameof(OrderStatus.Allocated), 1 + _lines.Count, now, true, null, now.AddMinutes(30), _orderId]));
            rows.Add(Entry("order.release-scheduled", "system:workflow", "Fulfilment orders are released after the cancellation window."));
            return rows;
        }

        private SqlRow Entry(string type, string actor, string message, Guid? lineId = null)
            => new(Timeline, [Guid.CreateVersion7(now), _orderId, ++_sequence, now, type, actor, message, lineId]);
    }

    private static object?[] Address(AddressRequest? a) => a is null ? NoAddress
        : [a.City, a.Country, a.Latitude, a.Line1, a.Line2, a.Longitude, a.Name, a.Phone, a.PostalCode];

    /// <summary>The OMS stores a SHA-256 of the request; any 64 hex characters fill the column the same way.</summary>
    private static string Hash(string channelOrderId) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(channelOrderId)));
}
