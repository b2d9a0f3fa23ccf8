using System.Text.Json.Serialization;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Fraud;

/// <summary>One fraud rule, named by <c>type</c> (read case-insensitively).</summary>
/// <param name="Points">Added to the score when the rule matches; greater than zero.</param>
/// <param name="Channels">Channel codes the rule applies to; left out: every channel.</param>
[RequiredFields("points")]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(OrderValueFraudRule), "orderValue")]
[JsonDerivedType(typeof(FirstOrderFraudRule), "firstOrder")]
[JsonDerivedType(typeof(OrdersPerCustomerFraudRule), "ordersPerCustomer")]
[JsonDerivedType(typeof(CardsPerCustomerFraudRule), "cardsPerCustomer")]
[JsonDerivedType(typeof(AddressesPerEmailFraudRule), "addressesPerEmail")]
[JsonDerivedType(typeof(EmailsPerAddressFraudRule), "emailsPerAddress")]
[JsonDerivedType(typeof(CountryMismatchFraudRule), "countryMismatch")]
[JsonDerivedType(typeof(RiskySkusFraudRule), "riskySkus")]
public abstract record FraudRuleDocument([property: JsonPropertyOrder(-1)] int? Points,
    [property: JsonPropertyOrder(1)] IReadOnlyList<string>? Channels);
