using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Notifications;

/// <summary>A new version of a template. A switch key (<c>{channel}:*</c>) takes only <paramref name="Enabled"/>.</summary>
/// <param name="Subject">Liquid; required unless <paramref name="Enabled"/> is false.</param>
/// <param name="Text">The plain-text body in Liquid; required unless <paramref name="Enabled"/> is false.</param>
/// <param name="Html">The HTML body in Liquid; left out, the mail is text only.</param>
/// <param name="Enabled">False switches the notification off for the key (default true).</param>
/// <param name="Activate">False saves the version without putting it in force (default true).</param>
[RequiredFields]
public sealed record SaveNotificationTemplateRequest(string? Subject, string? Text, string? Html, bool? Enabled, string? Comment,
    bool? Activate);
