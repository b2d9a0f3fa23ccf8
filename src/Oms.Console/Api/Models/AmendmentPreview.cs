namespace Oms.Ui.Api.Models;

/// <summary>What an amendment would do (POST /api/orders/{number}/amendments/preview): totals before and after, and the payment change.</summary>
public sealed record AmendmentPreview(Guid Id, string Number, string Currency, Totals Current, Totals Amended, decimal Difference,
    decimal AuthoriseMore, decimal Release, string Payment);
