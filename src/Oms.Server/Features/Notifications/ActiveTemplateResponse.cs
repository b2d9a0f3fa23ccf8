namespace Oms.Server.Features.Notifications;

public sealed record ActiveTemplateResponse(string Key, int Version, string ActivatedBy, DateTime? ActivatedAt, string? Comment);
