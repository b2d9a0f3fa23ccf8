using Oms.Domain.Common;

namespace Oms.Domain.Catalog;

public enum ChannelType { Webshop, Marketplace, App, Pos, CallCenter }

/// <summary>A sales channel that sends orders: a webshop, a marketplace, a store POS, the call center.</summary>
public sealed class Channel
{
    private Channel() { Code = null!; Name = null!; Currency = null!; }

    public Channel(string code, string name, ChannelType type, string currency, bool acceptsBackorders = true, bool? allowsAnonymousCustomer = null)
    {
        AllowsAnonymousCustomer = allowsAnonymousCustomer ?? type == ChannelType.Pos;
        AcceptsBackorders = acceptsBackorders;
        Code = Guard.NotEmpty(code, "code");
        Name = Guard.NotEmpty(name, "name");
        Type = type;
        Currency = CurrencyCode.Normalize(currency);
    }

    public string Code { get; private set; }
    public string Name { get; private set; }
    public ChannelType Type { get; private set; }
    /// <summary>The channel's default currency; an order may name its own.</summary>
    public string Currency { get; private set; }
    public bool Enabled { get; private set; } = true;
    /// <summary>Whether a line nothing can serve now may wait for stock; otherwise the order is refused (marketplaces).</summary>
    public bool AcceptsBackorders { get; private set; }
    /// <summary>Whether an order may come without a customer (a walk-in sale at a till); found by number or receipt then.</summary>
    public bool AllowsAnonymousCustomer { get; private set; }
}
