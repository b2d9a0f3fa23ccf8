namespace Oms.Ui.Api.Models;

/// <summary>A template rendered against an order or sample data (GET …/{channel}/{notification}/preview).</summary>
public sealed record NotificationPreview(string Notification, string TemplateKey, int Version, bool Enabled, string? Order, string? To,
    string Subject, string Text, string? Html);
