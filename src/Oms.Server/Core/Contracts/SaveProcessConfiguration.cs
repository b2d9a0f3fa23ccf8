using System.Text.Json;
using Oms.Domain.Configuration;
using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

/// <summary>A new version of the fraud rules or the order workflows (<see cref="Kind"/>), validated and activated at once.</summary>
public sealed record SaveProcessConfiguration(string Kind, JsonElement Document, string? Comment) : ICommand<ConfigurationVersion>;
