using Oms.Domain.Catalog;

namespace Oms.Server.Features.Network;

public sealed record ChannelResponse(string Code, string Name, ChannelType Type, string Currency, bool Enabled, bool AcceptsBackorders,
    bool AllowsAnonymousCustomer)
{
    public static ChannelResponse From(Channel c)
        => new(c.Code, c.Name, c.Type, c.Currency, c.Enabled, c.AcceptsBackorders, c.AllowsAnonymousCustomer);
}
