using Oms.Domain.Configuration;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Configuration.Documents.Fraud;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Configuration;

/// <summary>Fraud rules: validated (channel codes against the database), stored canonically as the next version, active at once.</summary>
internal sealed class SaveFraudRulesHandler : ICommandHandler<SaveFraudRules, ConfigurationVersion>
{
    public async Task<ConfigurationVersion> HandleAsync(SaveFraudRules command, CommandContext ctx, CancellationToken ct)
    {
        var rules = FraudRulesDocuments.ToModel(command.Document, await ctx.Db.ChannelCodesAsync(ct));
        var canonical = FraudRulesDocuments.Write(rules);
        ConfigurationDocuments.CheckStorable(canonical, command.Comment);
        return await ctx.Db.SaveAsync(ProcessConfiguration.FraudRules, ProcessConfiguration.Key, canonical, command.Comment, activate: true,
            ctx.Actor, ctx.Now, ct);
    }
}
