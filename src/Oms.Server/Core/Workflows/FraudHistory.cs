using Oms.Domain.Fraud;
using Oms.Domain.Payments;
using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Workflows;

/// <summary>
/// The stored orders the fraud rules count for a new order: those of the last <see cref="FraudWindow.Longest"/> window the
/// rule set uses that share its e-mail (customers are identified by e-mail, so these are the customer's) or its shipping
/// postcode, newest first and at most <see cref="MaxOrders"/>; the cards the customer paid them with; and whether the
/// customer ordered before at all. Read with four indexed statements that can travel in a caller's <see cref="ReadBatch"/>
/// (capture sends them with its other reads), so that gathering the facts costs no round trip of its own.
/// </summary>
public sealed class FraudHistory
{
    /// <summary>A busy customer or address must not make every capture read its whole history: velocity thresholds are small,
    /// so counts past this many change no decision.</summary>
    public const int MaxOrders = 500;

    private readonly Dictionary<Guid, Prior> _priors = [];
    private readonly List<(Guid OrderId, string Token)> _cards = [];
    private bool _orderedBefore;

    /// <summary>The newest orders sharing the e-mail or postcode, at most <see cref="MaxOrders"/>.</summary>
    public IReadOnlyList<Prior> Priors => [.. _priors.Values.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).Take(MaxOrders)];

    public IReadOnlyList<(Guid OrderId, string Token)> Cards => _cards;

    /// <summary>The e-mail has any order before this one, however old.</summary>
    public bool OrderedBefore => _orderedBefore;

    /// <summary>Queues the reads for an order with this e-mail and postcode (either may be null) on the batch.</summary>
    /// <param name="self">The order itself when it is already stored (left out), otherwise <see cref="Guid.Empty"/>.</param>
    public static FraudHistory Read(ReadBatch batch, string? email, string? postcode, DateTime since, Guid self)
    {
        var history = new FraudHistory();
        var s = batch.Param(since);
        var me = batch.Param(self);
        const string Columns = """
            "Id", "CustomerId", "CustomerEmail", "CreatedAt", "ShippingAddress_City", "ShippingAddress_Country", "ShippingAddress_PostalCode", "ShippingAddress_Line1"
            """;
        if (email is not null)
        {
            var e = batch.Param(email);
            batch.Add($"""
                SELECT {Columns} FROM "Orders" WHERE "CustomerEmail" = {e} AND "CreatedAt" > {s} AND "Id" <> {me}
                ORDER BY "CreatedAt" DESC LIMIT {MaxOrders}
                """, history.AddPrior);
            batch.Add($"""
                SELECT p."OrderId", p."Token" FROM "OrderPayments" p JOIN "Orders" o ON o."Id" = p."OrderId"
                WHERE o."CustomerEmail" = {e} AND o."CreatedAt" > {s} AND o."Id" <> {me} AND p."Method" = '{nameof(PaymentMethod.Card)}'
                """, r => history._cards.Add((r.Guid(0), r.String(1))));
            batch.Add($"""
                SELECT CASE WHEN EXISTS (SELECT 1 FROM "Orders" WHERE "CustomerEmail" = {e} AND "Id" <> {me}) THEN 1 ELSE 0 END
                """, r => history._orderedBefore = r.Long(0) == 1);
        }
        if (postcode is not null)
        {
            batch.Add($"""
                SELECT {Columns} FROM "Orders" WHERE "ShippingAddress_PostalCode" = {batch.Param(postcode)} AND "CreatedAt" > {s} AND "Id" <> {me}
                ORDER BY "CreatedAt" DESC LIMIT {MaxOrders}
                """, history.AddPrior);
        }
        return history;
    }

    private void AddPrior(ReadBatch.Row r)
    {
        var address = r.IsNull(4) ? null : $"{r.NullableString(5)}|{r.NullableString(6)}|{r.NullableString(7)}";
        var prior = new Prior(r.Guid(0), r.NullableGuid(1), r.NullableString(2), r.Utc(3), address);
        _priors[prior.Id] = prior;
    }

    /// <param name="Address">Country|postcode|line1 as stored, or null for an order without a shipping address.</param>
    public sealed record Prior(Guid Id, Guid? CustomerId, string? CustomerEmail, DateTime CreatedAt, string? Address);
}
