using Oms.Domain.Configuration;
using Oms.Domain.Inventory;
using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

/// <summary>A new version of a channel's share of stock, activated at once.</summary>
public sealed record SaveChannelAllocation(string Channel, IReadOnlyList<ChannelAllocationRule?>? Rules,
    string? Comment) : ICommand<ConfigurationVersion>;
