namespace Oms.Server.Features.Notifications;

/// <summary>A template in force for a channel and notification: the key it was found under and its version (0: built in).</summary>
public sealed record ResolvedTemplate(string Key, int Version, NotificationTemplate Template);
