using Oms.Domain.Configuration;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration.Documents.Returns;

namespace Oms.Server.Core.Contracts;

/// <summary>A new version of the return policy, validated (channel codes against the database) and activated at once.</summary>
public sealed record SaveReturnPolicy(ReturnPolicyDocument? Document, string? Comment) : ICommand<ConfigurationVersion>;
