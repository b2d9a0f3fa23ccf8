using Oms.Domain.Payments;

namespace Oms.Payments.Sandbox;

/// <summary>
/// The sandbox's memory, per process: the first final answer for each idempotency key (a retry gets it again; the key
/// reused for another request is refused, as Stripe does) and the running amounts of each authorisation it has seen.
/// </summary>
/// <remarks>
/// Several nodes each keep their own ledger. That stays correct because every approval is a function of the key and
/// the request: another node answers a retry with the same reference and amount. An authorisation this node has not
/// seen (made elsewhere, or before a restart) is taken at the amount its reference carries, so no node refuses a valid
/// capture or refund for lack of history. The cumulative limits are those of the calls this node saw; the order's own
/// ledger, which never asks for more than is open, keeps the total.
/// </remarks>
internal sealed class SandboxLedger
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, (string Request, PaymentResult Result)> answers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SandboxBook> books = new(StringComparer.Ordinal);

    /// <summary>
    /// Answers <paramref name="idempotencyKey"/> once: a final answer is kept and returned to every retry of the same
    /// request; a retryable one (error, timeout) is not kept, so a retry decides again.
    /// </summary>
    public PaymentResult Once(string idempotencyKey, string request, Func<PaymentResult> decide)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        lock (gate)
        {
            if (answers.TryGetValue(idempotencyKey, out var seen))
            {
                return seen.Request == request ? seen.Result : new PaymentResult(PaymentOutcome.Declined, null, 0m,
                    "Keys for idempotent requests can only be used with the same parameters they were first used with.",
                    "idempotency_key_in_use");
            }

            var result = decide();
            if (!result.IsRetryable) answers[idempotencyKey] = (request, result);
            return result;
        }
    }

    /// <summary>The book of an authorisation; call inside <see cref="Once"/> only (it holds the lock).</summary>
    public SandboxBook Book(SandboxReference reference)
    {
        var key = reference.ToString();
        if (!books.TryGetValue(key, out var book))
        {
            book = new SandboxBook(reference.Amount, reference.Currency);
            books[key] = book;
        }
        return book;
    }
}
