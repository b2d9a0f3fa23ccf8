using Oms.Domain.Configuration;
using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

/// <summary>Activates an earlier (or a saved, inactive) version of a configuration document: a rollback without a deploy.</summary>
public sealed record ActivateConfigurationVersion(string Kind, string Key, int Version) : ICommand<ConfigurationVersion>;
