namespace Oms.Server.Features.Notifications;

public sealed record NotificationResponse(string Name, string Event);
