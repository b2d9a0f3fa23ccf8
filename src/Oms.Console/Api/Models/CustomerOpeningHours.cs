namespace Oms.Ui.Api.Models;

/// <summary>One opening range of a pickup store: weekday (<c>monday</c>…) and local times HH:mm.</summary>
public sealed record CustomerOpeningHours(string Day, string Opens, string Closes);
