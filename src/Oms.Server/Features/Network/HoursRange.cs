using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Network;

/// <summary>One opening range of a day in local time, <c>HH:mm</c> on a 24-hour clock: <c>{ "opens": "09:00", "closes": "17:30" }</c>.</summary>
[RequiredFields("opens", "closes")]
public sealed record HoursRange(string? Opens, string? Closes);
