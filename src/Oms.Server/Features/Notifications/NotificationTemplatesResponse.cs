namespace Oms.Server.Features.Notifications;

public sealed record NotificationTemplatesResponse(IReadOnlyList<NotificationResponse> Notifications,
    IReadOnlyList<ActiveTemplateResponse> Active);
