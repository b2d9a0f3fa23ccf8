using Oms.Domain.Configuration;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Configuration.Documents.Returns;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Configuration;

/// <summary>The return policy: validated (channel codes against the database), stored canonically as the next version, active at once.</summary>
internal sealed class SaveReturnPolicyHandler : ICommandHandler<SaveReturnPolicy, ConfigurationVersion>
{
    public async Task<ConfigurationVersion> HandleAsync(SaveReturnPolicy command, CommandContext ctx, CancellationToken ct)
    {
        var policy = ReturnPolicyDocuments.ToModel(command.Document, await ctx.Db.ChannelCodesAsync(ct));
        return await SaveReturnsDocument.SaveAsync(ctx, ReturnsConfiguration.ReturnPolicy, ReturnPolicyDocuments.Write(policy),
            command.Comment, ct);
    }
}

/// <summary>The refund approval policy: validated, stored canonically as the next version, active at once.</summary>
internal sealed class SaveRefundApprovalPolicyHandler : ICommandHandler<SaveRefundApprovalPolicy, ConfigurationVersion>
{
    public Task<ConfigurationVersion> HandleAsync(SaveRefundApprovalPolicy command, CommandContext ctx, CancellationToken ct)
        => SaveReturnsDocument.SaveAsync(ctx, ReturnsConfiguration.RefundApprovalPolicy,
            RefundApprovalPolicyDocuments.Write(RefundApprovalPolicyDocuments.ToModel(command.Document)), command.Comment, ct);
}

/// <summary>The return settings: validated (channel codes against the database), stored canonically, active at once.</summary>
internal sealed class SaveReturnSettingsHandler : ICommandHandler<SaveReturnSettings, ConfigurationVersion>
{
    public async Task<ConfigurationVersion> HandleAsync(SaveReturnSettings command, CommandContext ctx, CancellationToken ct)
    {
        var settings = ReturnSettingsDocuments.ToModel(command.Document, await ctx.Db.ChannelCodesAsync(ct));
        return await SaveReturnsDocument.SaveAsync(ctx, ReturnsConfiguration.ReturnSettings, ReturnSettingsDocuments.Write(settings),
            command.Comment, ct);
    }
}

internal static class SaveReturnsDocument
{
    public static Task<ConfigurationVersion> SaveAsync(CommandContext ctx, string kind, string canonical, string? comment,
        CancellationToken ct)
    {
        ConfigurationDocuments.CheckStorable(canonical, comment);
        return ctx.Db.SaveAsync(kind, ProcessConfiguration.Key, canonical, comment, activate: true, ctx.Actor, ctx.Now, ct);
    }
}
