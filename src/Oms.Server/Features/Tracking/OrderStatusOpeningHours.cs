namespace Oms.Server.Features.Tracking;

/// <summary>One opening range of a pickup store: the weekday (<c>monday</c>…) and local times <c>HH:mm</c>.</summary>
public sealed record OrderStatusOpeningHours(string Day, string Opens, string Closes);
