using Oms.Domain.Common;

namespace Oms.Domain.Orders;

/// <summary>
/// What the customer was told, kept on the timeline: a reminder that is due (recorded once per pickup, so that it is sent
/// once however many nodes sweep) and each e-mail that went out.
/// </summary>
public sealed partial class Order
{
    public const string PickupReminderType = "notification.pickup-reminder";
    public const string NotificationSentType = "notification.sent";

    /// <summary>
    /// Records a reminder for each fulfilment order whose lines wait for collection and expire after <paramref name="now"/>
    /// but by <paramref name="expiringBy"/>, unless that fulfilment order was reminded before.
    /// </summary>
    /// <returns>How many reminders were recorded.</returns>
    public int RemindOfPickups(DateTime expiringBy, DateTime now, Actor actor)
    {
        var due = _lines
            .Where(l => l.Status == LineStatus.ReadyForPickup && l.FulfilmentOrderId is not null
                && l.PickupExpiresAt > now && l.PickupExpiresAt <= expiringBy)
            .GroupBy(l => l.FulfilmentOrderId!.Value)
            .Where(g => !_timeline.Any(t => t.Type == PickupReminderType && t.SubjectId == g.Key))
            .ToList();
        foreach (var group in due)
        {
            var fo = FulfilmentOrder(group.Key);
            var store = group.First().PickupLocationCode ?? fo.LocationCode;
            var expires = group.Min(l => l.PickupExpiresAt)!.Value;
            Record(now, actor, "notification.pickup-reminder",
                $"Pickup reminder due: {group.Count()} line(s) of {fo.Number} wait at {store} until {expires:yyyy-MM-dd HH:mm} UTC.",
                    null, fo.Id);
        }
        if (due.Count > 0) Refresh(now);
        return due.Count;
    }

    /// <summary>Keeps on the timeline that a notification reached the mail server.</summary>
    /// <param name="subjectId">The fulfilment order or shipment the notification was about, if any.</param>
    public void RecordNotificationSent(string notification, string recipient, Guid? subjectId, DateTime now, Actor actor)
    {
        notification = Guard.NotEmpty(notification, "notification");
        recipient = Guard.NotEmpty(recipient, "recipient");
        Record(now, actor, "notification.sent", $"E-mail {notification} sent to {recipient}.", null, subjectId);
        Refresh(now);
    }
}
