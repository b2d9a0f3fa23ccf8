using System.Text.Json.Serialization;

namespace Oms.Server.Web.OpenApi.Documents;

/// <summary>
/// The fraud rules and thresholds (<c>Oms.Domain.Fraud.FraudRuleSetJson</c> reads it): each matching rule adds its points;
/// a score from <c>reviewAt</c> holds the order for review, from <c>rejectAt</c> rejects it. Unknown properties are refused.
/// </summary>
/// <param name="ReviewAt">From this score the order waits in the fraud review queue; greater than zero.</param>
/// <param name="RejectAt">From this score the order is rejected; greater than <c>reviewAt</c>.</param>
/// <param name="Rules">Applied in this order; a decision cites a rule by its index.</param>
public sealed record FraudRulesDocument(int ReviewAt, int RejectAt, IReadOnlyList<FraudRuleDocument> Rules);

/// <summary>One fraud rule, named by <c>type</c> (read case-insensitively).</summary>
/// <param name="Points">Added to the score when the rule matches; greater than zero.</param>
/// <param name="Channels">Channel codes the rule applies to; left out: every channel.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(OrderValueFraudRule), "orderValue")]
[JsonDerivedType(typeof(FirstOrderFraudRule), "firstOrder")]
[JsonDerivedType(typeof(OrdersPerCustomerFraudRule), "ordersPerCustomer")]
[JsonDerivedType(typeof(CardsPerCustomerFraudRule), "cardsPerCustomer")]
[JsonDerivedType(typeof(AddressesPerEmailFraudRule), "addressesPerEmail")]
[JsonDerivedType(typeof(EmailsPerAddressFraudRule), "emailsPerAddress")]
[JsonDerivedType(typeof(CountryMismatchFraudRule), "countryMismatch")]
[JsonDerivedType(typeof(RiskySkusFraudRule), "riskySkus")]
public abstract record FraudRuleDocument(int Points, IReadOnlyList<string>? Channels);

/// <summary>The order total is above an amount in its currency (an order in an unlisted currency does not match).</summary>
/// <param name="Above">Amount per ISO 4217 currency code, e.g. <c>{ "EUR": 1000 }</c>; at least one, none negative.</param>
public sealed record OrderValueFraudRule(int Points, IReadOnlyDictionary<string, decimal> Above, IReadOnlyList<string>? Channels = null)
    : FraudRuleDocument(Points, Channels);

/// <summary>The customer has never ordered before.</summary>
public sealed record FirstOrderFraudRule(int Points, IReadOnlyList<string>? Channels = null) : FraudRuleDocument(Points, Channels);

/// <summary>The billing country is not the shipping country.</summary>
public sealed record CountryMismatchFraudRule(int Points, IReadOnlyList<string>? Channels = null) : FraudRuleDocument(Points, Channels);

/// <summary>The order holds one of the listed SKUs (goods that resell easily).</summary>
/// <param name="Skus">At least one SKU, compared case-insensitively.</param>
public sealed record RiskySkusFraudRule(int Points, IReadOnlyList<string> Skus, IReadOnlyList<string>? Channels = null)
    : FraudRuleDocument(Points, Channels);
