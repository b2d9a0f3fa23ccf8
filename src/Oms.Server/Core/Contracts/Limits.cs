using FluentValidation;

namespace Oms.Server.Core.Contracts;

/// <summary>
/// The bounds every request is checked against at the edge, so that nothing a client sends can overflow a column, a
/// decimal or a sum: what a retailer could plausibly send, with room to spare.
/// </summary>
public static class Limits
{
    public const int Code = 50;
    public const int Text = 200;
    public const int Reason = 1000;
    public const int PostalCode = 20;
    public const int Phone = 50;
    public const int Lines = 500;
    public const int Payments = 20;
    public const int Quantity = 100_000;
    public const int StockQuantity = 1_000_000_000;
    public const decimal Amount = 10_000_000m;
    /// <summary>An order total beyond this is refused, at capture and after an amendment: sums stay inside the stored precision.</summary>
    public const decimal OrderTotal = 1_000_000_000m;
    /// <summary>Money carries at most four decimals (the stored precision).</summary>
    public const int Decimals = 4;

    public static IRuleBuilderOptions<T, string?> Within<T>(this IRuleBuilder<T, string?> rule, int max, string field)
        => rule.MaximumLength(max).WithMessage($"{field} must be at most {max} characters.");

    public static IRuleBuilderOptions<T, decimal?> MoneyAmount<T>(this IRuleBuilder<T, decimal?> rule, string field)
        => rule.InclusiveBetween(0, Amount).WithMessage($"{field} must be between 0 and {Amount:0}.")
            .Must(v => v is null || Scale(v.Value) <= Decimals).WithMessage($"{field} has more than {Decimals} decimals.");

    public static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;
}
