using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Amendments;

/// <summary>
/// What an amendment would do, before anyone commits to it: the totals now and after, the difference, and what it means for
/// the payments — <see cref="AuthoriseMore"/> is a further authorisation the customer's instrument would be asked for,
/// <see cref="Release"/> authorised money that would be voided at once; <see cref="Payment"/> says it in words.
/// </summary>
public sealed record AmendmentPreviewResponse(
    Guid Id, string Number, string Currency, TotalsResponse Current, TotalsResponse Amended, decimal Difference,
    decimal AuthoriseMore, decimal Release, string Payment);
