using System.Diagnostics.CodeAnalysis;
using Oms.Domain.Common;

namespace Oms.Domain.Catalog;

/// <summary>A sales channel that sends orders: a webshop, a marketplace, a store POS, the call center.</summary>
public sealed class Channel
{
    private Channel() { Code = null!; Name = null!; Currency = null!; }

    /// <param name="allowsAnonymousCustomer">Whether orders may come without a customer e-mail; by default only a POS's do.</param>
    public Channel(string code, string name, ChannelType type, string currency, bool acceptsBackorders = true,
        bool? allowsAnonymousCustomer = null)
    {
        Code = ReferenceCode.Check(code, "code");
        Name = Guard.NotEmpty(name, "name");
        Change(type, currency);
        AcceptsBackorders = acceptsBackorders;
        AllowsAnonymousCustomer = allowsAnonymousCustomer ?? type == ChannelType.Pos;
    }

    public string Code { get; private set; }
    public string Name { get; private set; }
    public ChannelType Type { get; private set; }
    /// <summary>The channel's default currency; an order may name its own.</summary>
    public string Currency { get; private set; }
    public bool Enabled { get; private set; } = true;
    /// <summary>Whether a line nothing can serve now may wait for stock; otherwise the order is refused (marketplaces).</summary>
    public bool AcceptsBackorders { get; private set; }
    /// <summary>Whether the channel sells to customers it does not know (walk-in customers at a till, without an e-mail).</summary>
    public bool AllowsAnonymousCustomer { get; private set; }

    public void Rename(string name) => Name = Guard.NotEmpty(name, "name");

    [MemberNotNull(nameof(Currency))]
    public void Change(ChannelType type, string currency)
    {
        if (!Enum.IsDefined(type)) throw new BusinessRuleException("type", $"{type} is not a channel type.");
        Currency = CurrencyCode.Normalize(currency);
        Type = type;
    }

    public void SetPolicies(bool acceptsBackorders, bool allowsAnonymousCustomer)
    {
        AcceptsBackorders = acceptsBackorders;
        AllowsAnonymousCustomer = allowsAnonymousCustomer;
    }

    public void Enable() => Enabled = true;

    public void Disable() => Enabled = false;
}
