using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Messaging.Mail;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Events;
using Oms.Server.Core.Json;
using Oms.Server.Core.Orders;
using Oms.Server.Core.Outbox;
using Oms.Server.Features.Notifications.Model;

namespace Oms.Server.Features.Notifications;

/// <summary>
/// Sends the customer's e-mails after the commit, through the relay (never inline, so a slow or absent mail server never
/// holds an order up). The mail is rendered from the order as it stands when it is sent, with the channel's template, and
/// carries a Message-Id made from the event id, the same on every attempt and node. A refusal the server may reconsider
/// (4xx, no connection) is retried with the relay's backoff; a permanent one (5xx, a bad address) is dead-lettered with
/// the reason. Without a mail server (<c>Notifications:Smtp:Host</c> empty) the handler wants nothing.
/// </summary>
public sealed class EmailNotifications(IOptions<SmtpOptions> smtp, IOptions<NotificationOptions> options, TimeProvider clock,
    ILogger<EmailNotifications> log) : IOutboxHandler
{
    public const string HandlerName = "email";
    private static readonly Actor Mailer = new("system", "email");

    public string Name => HandlerName;
    public bool RunsInline => false;
    public RetryPolicy Retry => RetryPolicy.Day;

    public bool Wants(string eventType, bool isInternal)
        => !isInternal && smtp.Value.IsConfigured && NotificationCatalogue.TryForEvent(eventType, out _);

    /// <summary>The Message-Id of the mail an event sends (the sender adds the domain of the from address).</summary>
    public static string MessageId(Guid eventId) => $"oms.{eventId:N}";

    public async Task<HandlerResult> HandleAsync(OutboxMessage message, IServiceProvider services, CancellationToken ct)
    {
        if (!NotificationCatalogue.TryForEvent(message.Type, out var kind))
            return HandlerResult.Dead($"No notification is sent on {message.Type}.");
        var name = NotificationCatalogue.Name(kind);
        var data = JsonSerializer.Deserialize<OrderEventData>(message.Data, OmsJson.Options)!;
        var db = services.GetRequiredService<OmsDbContext>();
        var order = await db.WithEverything().AsNoTracking().FirstOrDefaultAsync(o => o.Id == data.Order.Id, ct);
        if (order is null) return HandlerResult.Dead($"Order {data.Order.Number} was not found.");
        if (WhyNot(order, kind, data) is { } reason)
        {
            NotificationLog.Skipped(log, name, order.Id, reason);
            return HandlerResult.Done;
        }
        var resolved = await NotificationTemplates.ResolveAsync(db, order.ChannelCode, kind, ct);
        if (!resolved.Template.Enabled)
        {
            NotificationLog.SwitchedOff(log, name, order.Id, resolved.Key);
            return HandlerResult.Done;
        }

        var subject = NotificationCatalogue.IsAboutShipment(kind) ? data.Shipment?.Id : data.FulfilmentOrder?.Id;
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(options.Value.TimeZone, out var z) ? z : TimeZoneInfo.Utc;
        var model = await TemplateModelBuilder.BuildAsync(db, order, kind, subject, zone, ct);
        RenderedMail mail;
        try
        {
            mail = await NotificationRenderer.RenderAsync(resolved.Template, model, zone, clock.GetUtcNow());
        }
        catch (TemplateRenderException e)
        {
            NotificationLog.Unrenderable(log, name, order.Id, e.Message);
            return HandlerResult.Dead($"Template {resolved.Key} version {resolved.Version}: {e.Message}");
        }

        var outgoing = new OutgoingMail(MessageId(message.EventId), [new MailRecipient(order.CustomerEmail!, order.CustomerName)],
            mail.Subject, mail.Text) { HtmlBody = mail.Html };
        try
        {
            await services.GetRequiredService<IMailSender>().SendAsync(outgoing, ct);
        }
        catch (MailDeliveryException e)
        {
            return e.IsPermanent ? HandlerResult.Dead(e.Message) : HandlerResult.Again(e.Message);
        }
        NotificationLog.Sent(log, name, order.Id, message.EventId);
        if (options.Value.RecordOnTimeline) await RecordAsync(services, order, name, subject, ct);
        return HandlerResult.Done;
    }

    /// <summary>Why this event sends no mail, or null when it does.</summary>
    private static string? WhyNot(Order order, NotificationKind kind, OrderEventData data)
    {
        if (order.CustomerEmail is null) return "the order has no customer e-mail";
        switch (kind)
        {
            case NotificationKind.OrderConfirmed when order.Status == OrderStatus.Cancelled:
                return "the order was cancelled before its confirmation went out";
            case NotificationKind.Shipped when data.Shipment is null:
                return "the event names no shipment";
            case NotificationKind.OutForDelivery or NotificationKind.DeliveryFailed or NotificationKind.AtPickupPoint or
                NotificationKind.Delivered:
                if (data.Shipment is null) return "the event names no shipment";
                // Tracking updates arrive late and in bursts: news of a parcel the customer already has is not sent.
                if (kind != NotificationKind.Delivered && order.Shipments.Any(s => s.Id == data.Shipment.Id && s.DeliveredAt is not null))
                    return "the parcel was delivered before the mail went out";
                return null;
            case NotificationKind.ReadyForPickup or NotificationKind.PickupReminder:
                if (data.FulfilmentOrder?.Id is not { } fo) return "the event names no fulfilment order";
                if (!order.Lines.Any(l => l.FulfilmentOrderId == fo && l.Status == LineStatus.ReadyForPickup))
                    return "the pickup was collected or expired before the mail went out";
                if (kind == NotificationKind.ReadyForPickup && !FirstOfItsPickup(order, fo, data.Sequence))
                    return "one mail per pickup: it goes with the first line that became ready";
                return null;
            default:
                return null;
        }
    }

    /// <summary>The lines of a fulfilment order become ready together, each with an entry; the first entry sends the mail.</summary>
    private static bool FirstOfItsPickup(Order order, Guid fulfilmentOrderId, int sequence)
    {
        var entry = order.Timeline.FirstOrDefault(t => t.Sequence == sequence);
        if (entry is null) return true;
        var first = order.Timeline
            .Where(t => t.Type == entry.Type && t.SubjectId == fulfilmentOrderId && t.At == entry.At)
            .Min(t => t.Sequence);
        return first == sequence;
    }

    private async Task RecordAsync(IServiceProvider services, Order order, string name, Guid? subject, CancellationToken ct)
    {
        try
        {
            await services.GetRequiredService<CommandBus>().RunAsync(Mailer, async (ctx, token) =>
            {
                var tracked = await ctx.OrderAsync(order.Id, token);
                tracked.RecordNotificationSent(name, order.CustomerEmail!, subject, ctx.Now, ctx.Actor);
                return 0;
            }, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The mail went out; failing the delivery now would only send it twice.
            NotificationLog.NotRecorded(log, e, name, order.Id);
        }
    }
}
