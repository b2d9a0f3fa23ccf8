namespace Oms.Payments.Sandbox;

/// <summary>One authorisation's running amounts, as far as this process knows them.</summary>
internal sealed class SandboxBook(decimal authorised, string currency)
{
    public decimal Authorised { get; } = authorised;
    public string Currency { get; } = currency;
    public decimal Captured { get; set; }
    public decimal Refunded { get; set; }
    public decimal Voided { get; set; }

    public decimal Open => Authorised - Captured - Voided;

    /// <summary>Limited by the authorisation, not by the captures seen here: another node may have captured the rest.</summary>
    public decimal Refundable => Authorised - Refunded;
}
