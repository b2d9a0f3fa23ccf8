using Oms.Domain.Configuration;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration.Documents.Fraud;

namespace Oms.Server.Core.Contracts;

/// <summary>A new version of the fraud rules, validated (channel codes against the database) and activated at once.</summary>
public sealed record SaveFraudRules(FraudRulesDocument? Document, string? Comment) : ICommand<ConfigurationVersion>;
