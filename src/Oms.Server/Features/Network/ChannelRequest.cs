using Oms.Domain.Catalog;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Network;

/// <summary>
/// A sales channel as <c>PUT /api/channels/{code}</c> sends it. <c>acceptsBackorders</c> defaults to true and
/// <c>allowsAnonymousCustomer</c> to true for a POS, false otherwise; <c>enabled</c> left out keeps the channel's state.
/// </summary>
[RequiredFields("name", "type", "currency")]
public sealed record ChannelRequest(string? Code, string? Name, ChannelType? Type, string? Currency, bool? Enabled = null,
    bool? AcceptsBackorders = null, bool? AllowsAnonymousCustomer = null);
