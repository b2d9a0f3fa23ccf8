using Oms.Domain.Configuration;

namespace Oms.Server.Features.Notifications;

/// <summary>
/// A version of a notification template: the same JSON as every configuration version, with <see cref="Document"/> typed as
/// the template, so that the OpenAPI document (and a client generated from it) knows its shape. Version 0 is built in.
/// </summary>
public sealed record NotificationTemplateVersionResponse(string Kind, string Key, int Version, bool Active, string? Comment,
    string CreatedBy, DateTime CreatedAt, string? ActivatedBy, DateTime? ActivatedAt, NotificationTemplate Document)
{
    public static NotificationTemplateVersionResponse From(ConfigurationVersion v) => new(v.Kind, v.Key, v.Version, v.Active, v.Comment,
        v.CreatedBy, v.CreatedAt, v.ActivatedBy, v.ActivatedAt, NotificationTemplate.Parse(v.Document));
}
