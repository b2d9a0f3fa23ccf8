namespace Oms.Server.Features.Notifications;

/// <param name="TemplateKey">Where the template came from (<c>web:shipped</c>, <c>*:shipped</c>); version 0 is the built-in one.</param>
public sealed record NotificationPreviewResponse(string Notification, string TemplateKey, int Version, bool Enabled, string? Order,
    string? To, string Subject, string Text, string? Html);
