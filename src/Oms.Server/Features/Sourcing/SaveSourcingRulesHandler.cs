using Oms.Domain.Common;
using Oms.Domain.Configuration;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Configuration.Documents.Sourcing;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Sourcing;

namespace Oms.Server.Features.Sourcing;

/// <summary>Validates a rule set and its key, then stores it as the key's next version (active unless told otherwise).</summary>
internal sealed class SaveSourcingRulesHandler : ICommandHandler<SaveSourcingRules, ConfigurationVersion>
{
    public async Task<ConfigurationVersion> HandleAsync(SaveSourcingRules command, CommandContext ctx, CancellationToken ct)
    {
        if (command.Document is null)
            throw new BusinessRuleException("document", "document must be a rule set (a JSON object); GET /api/sourcing/rule-sets/default-document shows one.");
        var canonical = SourcingRuleSetDocuments.Write(SourcingRuleSetDocuments.ToModel(command.Document));
        ConfigurationDocuments.CheckStorable(canonical, command.Comment);
        await SourcingRuleSets.CheckKeyAsync(ctx.Db, command.Key, ct);
        return await ctx.Db.SaveAsync(SourcingRuleSets.Kind, command.Key, canonical, command.Comment, command.Activate ?? true, ctx.Actor, ctx.Now, ct);
    }
}
