using Oms.Domain.Access;
using Oms.Server.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Orders;
using Oms.Server.Features.Notifications.Model;
using Oms.Server.Web;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Notifications;

/// <summary>
/// E-mail templates per channel and notification, in Liquid, as versioned configuration: read the one in force, save a
/// new version (a syntax error is refused with its line and column), list versions, activate an earlier one, preview
/// against an order. Also the pickup reminder sweep, for operators and tests.
/// </summary>
public static class NotificationTemplatesApi
{
    public static void MapNotificationTemplatesApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/configuration/notification-templates").WithTags("Notifications");

        g.MapGet("/", async Task<Ok<NotificationTemplatesResponse>> (OmsDbContext db, CancellationToken ct) =>
            {
                var active = await db.ConfigurationVersions.AsNoTracking().Where(c => c.Kind == NotificationTemplates.Kind && c.Active)
                    .OrderBy(c => c.Key)
                    .Select(c => new ActiveTemplateResponse(c.Key, c.Version, c.ActivatedBy ?? c.CreatedBy, c.ActivatedAt, c.Comment))
                    .ToListAsync(ct);
                var notifications = Enum.GetValues<NotificationKind>()
                    .Select(k => new NotificationResponse(NotificationCatalogue.Name(k), NotificationCatalogue.EventOf(k))).ToList();
                return TypedResults.Ok(new NotificationTemplatesResponse(notifications, active));
            })
            .RequirePermission(Permissions.ConfigurationRead).WithName("ListNotificationTemplates")
            .WithSummary("The notifications with the event that sends each, and every active template key");

        g.MapGet("/{channel}/{notification}", async Task<Ok<NotificationTemplateVersionResponse>> (string channel, string notification,
                OmsDbContext db, CancellationToken ct) => TypedResults.Ok(await InForceAsync(db, channel, notification, ct)))
            .RequirePermission(Permissions.ConfigurationRead).WithName("GetNotificationTemplate")
            .WithSummary("The template in force for a channel (or *) and notification: its own, the channel's switch, the * one "
                + "or the built-in one (version 0)")
            .ProducesProblem(404);

        g.MapPut("/{channel}/{notification}", async Task<Ok<NotificationTemplateVersionResponse>> (string channel, string notification,
                SaveNotificationTemplateRequest body, HttpContext http, CommandBus bus, CancellationToken ct)
                => TypedResults.Ok(NotificationTemplateVersionResponse.From(await bus.SendAsync(new SaveNotificationTemplate(channel,
                    notification, body.Subject, body.Text, body.Html, body.Enabled, body.Comment, body.Activate),
                    ActorHeader.From(http), ct))))
            .ReadsActor().RequirePermission(Permissions.ConfigurationWrite).WithName("SaveNotificationTemplate")
            .WithSummary("Save a new version of a template (Liquid subject, text and optional html), activated at once unless "
                + "activate is false; 422 names the line and column of a syntax error")
            .ProducesProblem(404).ProducesProblem(422);

        g.MapGet("/{channel}/{notification}/versions", async Task<Ok<List<NotificationTemplateVersionResponse>>> (string channel,
                string notification, OmsDbContext db, CancellationToken ct) =>
            {
                await NotificationKeys.CheckAsync(db, channel, notification, ct);
                var history = await db.HistoryAsync(NotificationTemplates.Kind, NotificationTemplates.Key(channel, notification), ct);
                return TypedResults.Ok(history.Select(NotificationTemplateVersionResponse.From).ToList());
            })
            .RequirePermission(Permissions.ConfigurationRead).WithName("ListNotificationTemplateVersions")
            .WithSummary("Every version of a template key, newest first, with who saved and activated it")
            .ProducesProblem(404);

        g.MapPost("/{channel}/{notification}/versions/{version:int}/activate", async Task<Ok<NotificationTemplateVersionResponse>> (
                string channel, string notification, int version, HttpContext http, CommandBus bus, CancellationToken ct)
                => TypedResults.Ok(NotificationTemplateVersionResponse.From(await bus.SendAsync(new ActivateConfigurationVersion(
                    NotificationTemplates.Kind, NotificationTemplates.Key(channel, notification), version), ActorHeader.From(http), ct))))
            .ReadsActor().RequirePermission(Permissions.ConfigurationWrite).WithName("ActivateNotificationTemplateVersion")
            .WithSummary("Activate an earlier (or a saved, inactive) version of a template: a rollback without a deploy")
            .ProducesProblem(404);

        g.MapGet("/{channel}/{notification}/preview", async Task<Ok<NotificationPreviewResponse>> (string channel, string notification,
                string? order, int? version, OmsDbContext db, TimeProvider clock, IOptions<NotificationOptions> options,
                CancellationToken ct)
                => TypedResults.Ok(await PreviewAsync(db, channel, notification, order, version, clock, options.Value, ct)))
            .RequirePermission(Permissions.ConfigurationRead).WithName("PreviewNotificationTemplate")
            .WithSummary("Render the template in force (or ?version=) against an order (?order=number or id), or against sample data "
                + "without one")
            .ProducesProblem(404).ProducesProblem(422);

        app.MapPost("/api/notifications/pickup-reminders/send-due", async Task<Ok<PickupReminderRunResponse>> (PickupReminders reminders,
                CancellationToken ct) => TypedResults.Ok(await reminders.SweepAsync(ct)))
            .WithTags("Notifications").RequirePermission(Permissions.OperationsRun).WithName("SendDuePickupReminders")
            .WithSummary("Remind customers of pickups that expire soon (the background sweep does this too); each pickup is reminded once");
    }

    private static async Task<NotificationTemplateVersionResponse> InForceAsync(OmsDbContext db, string channel, string notification,
        CancellationToken ct)
    {
        var kind = await NotificationKeys.CheckAsync(db, channel, notification, ct);
        var key = NotificationTemplates.Key(channel, notification);
        if (kind is null)
        {
            return await db.ActiveAsync(NotificationTemplates.Kind, key, ct) is { } own
                ? NotificationTemplateVersionResponse.From(own)
                : BuiltIn(key, new NotificationTemplate(true, null, null, null), "No switch: the notifications are on.");
        }
        var resolved = await NotificationTemplates.ResolveAsync(db, channel, kind.Value, ct);
        return resolved.Version > 0 && await db.ActiveAsync(NotificationTemplates.Kind, resolved.Key, ct) is { } active
            ? NotificationTemplateVersionResponse.From(active)
            : BuiltIn(resolved.Key, resolved.Template, "The built-in default.");
    }

    private static NotificationTemplateVersionResponse BuiltIn(string key, NotificationTemplate template, string comment)
        => new(NotificationTemplates.Kind, key, 0, true, comment, "system:oms", DateTime.UnixEpoch, null, null, template);

    private static async Task<NotificationPreviewResponse> PreviewAsync(OmsDbContext db, string channel, string notification,
        string? orderRef, int? version, TimeProvider clock, NotificationOptions options, CancellationToken ct)
    {
        var kind = await NotificationKeys.CheckAsync(db, channel, notification, ct)
            ?? throw new BusinessRuleException("notification", "A switch (…:*) has no template to preview; name a notification.");
        ResolvedTemplate resolved;
        if (version is { } v)
        {
            var key = NotificationTemplates.Key(channel, notification);
            var stored = await db.ConfigurationVersions.AsNoTracking()
                .FirstOrDefaultAsync(c => c.Kind == NotificationTemplates.Kind && c.Key == key && c.Version == v, ct)
                ?? throw new NotFoundException("Template version", $"{key}@{v}");
            resolved = new ResolvedTemplate(key, v, NotificationTemplate.Parse(stored.Document));
        }
        else
        {
            resolved = await NotificationTemplates.ResolveAsync(db, channel, kind, ct);
        }
        if (resolved.Template.Subject is null || resolved.Template.Text is null)
            throw new BusinessRuleException("notification", $"{resolved.Key} switches the notification off; there is nothing to preview.");

        var now = clock.GetUtcNow();
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out var z) ? z : TimeZoneInfo.Utc;
        var order = orderRef is null ? null : await db.LoadAsync(orderRef, ct);
        var model = order is null ? SampleModel.For(kind, now) : await TemplateModelBuilder.BuildAsync(db, order, kind, null, zone, ct);
        try
        {
            var mail = await NotificationRenderer.RenderAsync(resolved.Template, model, zone, now);
            return new NotificationPreviewResponse(NotificationCatalogue.Name(kind), resolved.Key, resolved.Version,
                resolved.Template.Enabled, order?.Number, order is null ? model.Customer.Email : order.CustomerEmail, mail.Subject,
                mail.Text, mail.Html);
        }
        catch (TemplateRenderException e)
        {
            throw new BusinessRuleException("template", e.Message);
        }
    }
}
