using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Configuration;
using Oms.Domain.Fraud;
using Oms.Domain.Inventory;
using Oms.Domain.OrderWorkflows;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Json;

namespace Oms.Server.Features.Configuration;

/// <summary>Fraud rules and order workflows: validated (channel codes against the database), stored as the next version, active at once.</summary>
internal sealed class SaveProcessConfigurationHandler : ICommandHandler<SaveProcessConfiguration, ConfigurationVersion>
{
    public async Task<ConfigurationVersion> HandleAsync(SaveProcessConfiguration command, CommandContext ctx, CancellationToken ct)
    {
        ConfigurationDocuments.CheckStorable(command.Document, command.Comment);
        var channels = await ctx.Db.ChannelCodesAsync(ct);
        var json = command.Document.GetRawText();
        var canonical = command.Kind switch
        {
            ProcessConfiguration.FraudRules => FraudRuleSet.Parse(json, channels).Serialize(),
            ProcessConfiguration.OrderWorkflows => OrderWorkflowDefinition.Parse(json, channels).Serialize(),
            _ => throw new BusinessRuleException("kind", $"Unknown configuration '{command.Kind}'."),
        };
        return await ctx.Db.SaveAsync(command.Kind, ProcessConfiguration.Key, canonical, command.Comment, activate: true, ctx.Actor, ctx.Now, ct);
    }
}

internal sealed class SaveChannelAllocationHandler : ICommandHandler<SaveChannelAllocation, ConfigurationVersion>
{
    public async Task<ConfigurationVersion> HandleAsync(SaveChannelAllocation command, CommandContext ctx, CancellationToken ct)
    {
        if (command.Rules?.Select((r, i) => r is null ? new ValidationFailure($"rules[{i}]", "A rule must be an object, not null.") : null)
                .OfType<ValidationFailure>().ToList() is { Count: > 0 } nulls)
            throw new ValidationException(nulls);
        if (command.Comment is { Length: > Limits.Reason }) throw new BusinessRuleException("comment", $"comment must be at most {Limits.Reason} characters.");
        await ChannelAllocationApi.EnsureChannelAsync(ctx.Db, command.Channel, ct);
        var doc = ChannelAllocation.Parse(JsonSerializer.Serialize(new { rules = command.Rules }, OmsJson.Options)).Serialize();
        return await ctx.Db.SaveAsync(ChannelAllocations.Kind, command.Channel, doc, command.Comment, activate: true, ctx.Actor, ctx.Now, ct);
    }
}

internal sealed class ActivateConfigurationVersionHandler : ICommandHandler<ActivateConfigurationVersion, ConfigurationVersion>
{
    public async Task<ConfigurationVersion> HandleAsync(ActivateConfigurationVersion command, CommandContext ctx, CancellationToken ct)
    {
        var v = await ctx.Db.ConfigurationVersions.FirstOrDefaultAsync(c => c.Kind == command.Kind && c.Key == command.Key && c.Version == command.Version, ct)
            ?? throw new NotFoundException("Configuration version", $"{command.Key}@{command.Version}");
        await ctx.Db.ActivateAsync(v, ctx.Actor, ctx.Now, ct);
        return v;
    }
}
