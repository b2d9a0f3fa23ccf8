using System.Text.Json;
using Oms.Server.Core.Json;

namespace Oms.Server.Features.Notifications;

/// <summary>
/// One notification's e-mail, as stored under <c>notification-templates</c>: a Liquid subject, a Liquid plain-text body
/// and optionally a Liquid HTML body. <see cref="Enabled"/> false switches the notification off for the key's channel
/// (a <c>{channel}:*</c> key carries only that switch).
/// </summary>
public sealed record NotificationTemplate(bool Enabled, string? Subject, string? Text, string? Html)
{
    public const int MaxSubjectLength = 1_000;
    public const int MaxBodyLength = 200_000;

    public static readonly NotificationTemplate Off = new(false, null, null, null);

    public string Serialize() => OmsJson.Serialize(this);

    public static NotificationTemplate Parse(string json) => JsonSerializer.Deserialize<NotificationTemplate>(json, OmsJson.Options)
        ?? throw new JsonException("A notification template document is an object.");
}
