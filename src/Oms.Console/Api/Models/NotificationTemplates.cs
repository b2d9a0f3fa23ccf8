namespace Oms.Ui.Api.Models;

/// <summary>GET /api/configuration/notification-templates: the notifications (and the event that sends each) and the active keys.</summary>
public sealed record NotificationTemplates(IReadOnlyList<NotificationInfo> Notifications, IReadOnlyList<ActiveTemplate> Active);

public sealed record NotificationInfo(string Name, string Event);

public sealed record ActiveTemplate(string Key, int Version, string ActivatedBy, DateTime? ActivatedAt, string? Comment);
