using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Persistence;

namespace Oms.Server.Features.Notifications;

/// <summary>The two parts of a template key: a channel code or <c>*</c>, and a notification name or <c>*</c>.</summary>
public static class NotificationKeys
{
    /// <returns>The notification, or null for <c>*</c> (every notification: the key is a switch).</returns>
    public static async Task<NotificationKind?> CheckAsync(OmsDbContext db, string channel, string notification, CancellationToken ct)
    {
        if (channel != NotificationCatalogue.Any && !await db.Channels.AnyAsync(c => c.Code == channel, ct))
            throw new NotFoundException("Channel", channel);
        if (notification == NotificationCatalogue.Any) return null;
        return NotificationCatalogue.TryParse(notification, out var kind)
            ? kind
            : throw new NotFoundException($"Notification (one of {string.Join(", ", NotificationCatalogue.Names)}, or *)", notification);
    }
}
