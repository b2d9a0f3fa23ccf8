using Oms.Domain.Common;

namespace Oms.Domain.Payments;

/// <summary>
/// One payment instrument of an order (a card at a provider, a gift card, cash at the till) with its running amounts.
/// Amounts move only through <see cref="Orders.Order"/>, when a provider's answer is recorded, so they always match
/// the approved transactions: open authorisation = authorised − captured − voided, never negative.
/// </summary>
public sealed class OrderPayment
{
    private readonly List<PaymentTransaction> _transactions = [];

    private OrderPayment() { Provider = null!; Token = null!; }

    internal OrderPayment(Guid id, Guid orderId, int sequence, PaymentMethod method, string provider, string token, decimal amount)
    {
        Id = id; OrderId = orderId; Sequence = sequence; Method = method;
        Provider = Guard.NotEmpty(provider, "provider");
        Token = Guard.NotEmpty(token, "token");
        Amount = amount > 0 ? amount : throw new BusinessRuleException("amount", "A payment amount must be greater than zero.");
    }

    public Guid Id { get; private set; }
    public Guid OrderId { get; private set; }
    public int Sequence { get; private set; }
    public PaymentMethod Method { get; private set; }
    public string Provider { get; private set; }
    /// <summary>The provider's token for the customer's payment method; never a card number.</summary>
    public string Token { get; private set; }
    /// <summary>What this instrument is meant to pay.</summary>
    public decimal Amount { get; private set; }
    public decimal Authorised { get; private set; }
    public decimal Captured { get; private set; }
    public decimal Refunded { get; private set; }
    public decimal Voided { get; private set; }
    public string? AuthorisationReference { get; private set; }
    /// <summary>The reference refunds are made against (the provider's payment, e.g. a PaymentIntent).</summary>
    public string? CaptureReference { get; private set; }
    /// <summary>The authorisation was declined: this instrument will never pay.</summary>
    public bool Declined { get; private set; }
    /// <summary>The sequence of the instrument that replaced this one (see <see cref="Orders.Order.ReplacePayment"/>).</summary>
    public int? ReplacedBy { get; private set; }

    /// <summary>Still meant to pay: neither declined nor replaced.</summary>
    public bool IsLive => !Declined && ReplacedBy is null;

    public IReadOnlyList<PaymentTransaction> Transactions => _transactions;

    /// <summary>Authorised and not yet captured or released.</summary>
    public decimal OpenAuthorisation => Authorised - Captured - Voided;

    /// <summary>Open authorisation minus captures and voids already asked for but not yet answered.</summary>
    public decimal Capturable
        => Math.Max(0, OpenAuthorisation - Pending(PaymentOperation.Capture).Sum(t => t.Amount)
            - Pending(PaymentOperation.Void).Sum(t => t.Amount));

    public IEnumerable<PaymentTransaction> Pending(PaymentOperation kind)
        => _transactions.Where(t => t.Kind == kind && t.Status == PaymentTransactionStatus.Pending);

    internal PaymentTransaction Queue(PaymentOperation kind, decimal amount, DateTime now, string? message = null)
    {
        var tx = new PaymentTransaction(Ids.Next(now), Id, _transactions.Count + 1, kind, amount,
            $"{OrderId:N}-{Sequence}-{kind.ToString().ToLowerInvariant()}-{_transactions.Count + 1}", now, message);
        _transactions.Add(tx);
        return tx;
    }

    /// <summary>An operation settled outside any provider (money handed over at a till): logged as approved at once.</summary>
    internal void Settle(PaymentOperation kind, decimal amount, string reference, DateTime now)
    {
        var tx = Queue(kind, amount, now);
        var result = new PaymentResult(PaymentOutcome.Approved, reference, amount);
        tx.Record(result, now);
        Apply(tx, result);
    }

    /// <summary>Marks this instrument replaced and gives up its pending authorisations; returns how many were pending.</summary>
    internal int Replace(int replacement, DateTime now)
    {
        ReplacedBy = replacement;
        var pending = Pending(PaymentOperation.Authorise).ToList();
        foreach (var tx in pending) tx.Abandon($"abandoned: payment {Sequence} was replaced by payment {replacement}", now);
        return pending.Count;
    }

    /// <summary>
    /// Applies an approved answer to the amounts; amounts are capped so the
    /// books never exceed what was authorised or captured.
    /// </summary>
    internal void Apply(PaymentTransaction tx, PaymentResult result)
    {
        switch (tx.Kind)
        {
            case PaymentOperation.Authorise when result.IsApproved:
                Authorised = tx.Amount;
                AuthorisationReference = result.Reference;
                CaptureReference ??= result.Reference;
                break;
            case PaymentOperation.Authorise:
                Declined = true;
                break;
            case PaymentOperation.Capture when result.IsApproved:
                Captured += Math.Min(tx.Amount, OpenAuthorisation);
                break;
            case PaymentOperation.Void when result.IsApproved:
                Voided += Math.Min(tx.Amount, OpenAuthorisation);
                break;
            case PaymentOperation.Refund when result.IsApproved:
                Refunded += Math.Min(tx.Amount, Captured - Refunded);
                break;
        }
    }
}
