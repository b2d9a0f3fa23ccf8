using Oms.Domain.Configuration;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Configuration.Documents.Workflows;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Configuration;

/// <summary>Order workflows: validated (channel codes against the database), stored canonically as the next version, active at once.</summary>
internal sealed class SaveOrderWorkflowsHandler : ICommandHandler<SaveOrderWorkflows, ConfigurationVersion>
{
    public async Task<ConfigurationVersion> HandleAsync(SaveOrderWorkflows command, CommandContext ctx, CancellationToken ct)
    {
        var workflows = OrderWorkflowsDocuments.ToModel(command.Document, await ctx.Db.ChannelCodesAsync(ct));
        var canonical = OrderWorkflowsDocuments.Write(workflows);
        ConfigurationDocuments.CheckStorable(canonical, command.Comment);
        return await ctx.Db.SaveAsync(ProcessConfiguration.OrderWorkflows, ProcessConfiguration.Key, canonical, command.Comment, activate: true,
            ctx.Actor, ctx.Now, ct);
    }
}
