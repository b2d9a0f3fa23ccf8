using Oms.Domain.OrderWorkflows;

namespace Oms.Domain.Fraud;

/// <summary>
/// One rule of a <see cref="FraudRuleSet"/>: when it matches an order it adds its <see cref="Points"/> to the
/// score. A rule listing channels applies to orders from those channels only. Constructors refuse invalid rules
/// with field errors named as in the document (<c>points</c>, <c>above.EUR</c>).
/// </summary>
public abstract record FraudRule
{
    // The out parameter hands the collected errors to the derived constructor, which adds its own and refuses once.
    private protected FraudRule(int points, IReadOnlyList<string>? channels, out ConfigErrors errors)
    {
        errors = new ConfigErrors();
        if (points <= 0) errors.Add("points", $"points must be greater than zero (was {points}).");
        Points = points;
        Channels = ChannelCodes.Normalize(channels, "channels", errors);
    }

    /// <summary>The rule's name in the document (<c>orderValue</c>, <c>cardsPerCustomer</c>…).</summary>
    public abstract string Type { get; }
    public int Points { get; }
    /// <summary>Channel codes, compared case-insensitively; empty: every channel.</summary>
    public IReadOnlyList<string> Channels { get; }

    public bool AppliesTo(string channel) => Channels.Count == 0 || Channels.Contains(channel, ChannelCodes.Comparer);

    /// <summary>Why the rule matches, in words for the timeline and the review queue; null when it does not match.</summary>
    /// <remarks>Channel scoping is the scorer's job (<see cref="AppliesTo"/>); this looks at the facts only.</remarks>
    public abstract string? Match(FraudFacts facts);
}

/// <summary>What a velocity rule counts within its window.</summary>
public enum FraudVelocity
{
    /// <summary>Orders placed by the customer.</summary>
    OrdersPerCustomer,
    /// <summary>Distinct payment cards the customer used.</summary>
    CardsPerCustomer,
    /// <summary>
    /// Distinct shipping addresses used with the customer's e-mail. (Customers are identified by e-mail, so "one
    /// e-mail, many customers" shows as one e-mail sending goods to many addresses.)
    /// </summary>
    AddressesPerEmail,
    /// <summary>Distinct e-mail addresses shipping to this order's shipping address (a drop address).</summary>
    EmailsPerAddress,
}
