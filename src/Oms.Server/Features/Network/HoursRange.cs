namespace Oms.Server.Features.Network;

/// <summary>
/// One opening range of a day in local time, <c>HH:mm</c> on a 24-hour clock: <c>{ "opens": "09:00", "closes": "17:30" }</c>.
/// </summary>
public sealed record HoursRange(string? Opens, string? Closes);
