namespace Oms.Server.Features.Notifications;

public sealed record PickupReminderRunResponse(int Reminders, IReadOnlyList<string> Orders);
