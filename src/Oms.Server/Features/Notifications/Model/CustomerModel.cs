namespace Oms.Server.Features.Notifications.Model;

/// <summary>The addressee; <see cref="FirstName"/> is the first word of the name (empty when the order has no name).</summary>
public sealed record CustomerModel(string Name, string FirstName, string Email);
