namespace Oms.Server.Features.Notifications.Model;

/// <summary>One weekday's hours: <c>Monday</c>, <c>09:00-12:30, 13:00-18:00</c> (or <c>closed</c>).</summary>
public sealed record OpeningDayModel(string Day, string Hours);
