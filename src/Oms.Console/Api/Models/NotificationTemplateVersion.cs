namespace Oms.Ui.Api.Models;

/// <summary>One version of a notification template key (<c>{channel}:{notification}</c>); version 0 is the built-in one.</summary>
public sealed record NotificationTemplateVersion(string Kind, string Key, int Version, bool Active, string? Comment, string CreatedBy,
    DateTime CreatedAt, string? ActivatedBy, DateTime? ActivatedAt, NotificationTemplate Document);
