using Oms.Domain.Configuration;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration.Documents.Workflows;

namespace Oms.Server.Core.Contracts;

/// <summary>A new version of the order workflows, validated (channel codes against the database) and activated at once.</summary>
public sealed record SaveOrderWorkflows(OrderWorkflowsDocument? Document, string? Comment) : ICommand<ConfigurationVersion>;
