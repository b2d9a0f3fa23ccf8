using System.Globalization;

namespace Oms.Domain.Common;

/// <summary>
/// An amount in one currency. Decimal, never double (ADR 0002). Arithmetic across currencies refuses.
/// </summary>
public readonly record struct Money
{
    public Money(decimal amount, string currency)
    {
        Amount = amount;
        Currency = CurrencyCode.Normalize(currency);
    }

    public decimal Amount { get; }
    public string Currency { get; }

    public static Money Zero(string currency) => new(0m, currency);

    public static Money operator +(Money a, Money b) => new(a.Amount + b.Amount, Same(a, b));
    public static Money operator -(Money a, Money b) => new(a.Amount - b.Amount, Same(a, b));
    public static Money operator *(Money a, int factor) => new(a.Amount * factor, a.Currency);

    private static string Same(Money a, Money b) => a.Currency == b.Currency
        ? a.Currency
        : throw new BusinessRuleException("currency", $"Cannot combine {a.Currency} and {b.Currency}.");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount:0.00} {Currency}");
}
