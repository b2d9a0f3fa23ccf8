using Oms.Domain.Configuration;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration.Documents.Sourcing;

namespace Oms.Server.Core.Contracts;

/// <summary>A new version of a key's sourcing rule set (validated), activated at once unless <see cref="Activate"/> is false.</summary>
public sealed record SaveSourcingRules(string Key, SourcingRuleSetDocument? Document, string? Comment, bool? Activate)
    : ICommand<ConfigurationVersion>;
