using System.Text.Json;
using Oms.Domain.Configuration;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Notifications;

/// <summary>
/// Validates a template (syntax with line and column, variables against the sample model) and stores it as the key's next
/// version.
/// </summary>
internal sealed class SaveNotificationTemplateHandler : ICommandHandler<SaveNotificationTemplate, ConfigurationVersion>
{
    public async Task<ConfigurationVersion> HandleAsync(SaveNotificationTemplate command, CommandContext ctx, CancellationToken ct)
    {
        var kind = await NotificationKeys.CheckAsync(ctx.Db, command.Channel, command.Notification, ct);
        var template = new NotificationTemplate(command.Enabled ?? true, Part(command.Subject), Part(command.Text), Part(command.Html));
        var document = template.Serialize();
        using (var parsed = JsonDocument.Parse(document))
            ConfigurationDocuments.CheckStorable(parsed.RootElement, command.Comment);
        await TemplateValidation.CheckAsync(template, kind, new DateTimeOffset(DateTime.SpecifyKind(ctx.Now, DateTimeKind.Utc)));
        return await ctx.Db.SaveAsync(NotificationTemplates.Kind, NotificationTemplates.Key(command.Channel, command.Notification),
            document, command.Comment, command.Activate ?? true, ctx.Actor, ctx.Now, ct);
    }

    /// <summary>An empty part is no part (an HTML body left out sends text only).</summary>
    private static string? Part(string? source) => string.IsNullOrWhiteSpace(source) ? null : source;
}
