namespace Oms.Ui.Api.Models;

/// <summary>A payment instrument to add (POST /api/orders/{number}/payments): a provider's token, never a card number.</summary>
public sealed record PaymentBody(string Method, string Provider, string Token, decimal? Amount);
