using System.Text.RegularExpressions;
using Fluid;
using Oms.Server.Features.Notifications.Model;

namespace Oms.Server.Features.Notifications;

/// <summary>Renders a stored or built-in template: subject and text as plain text, the HTML body with its values escaped.</summary>
public static partial class NotificationRenderer
{
    /// <exception cref="TemplateRenderException">A part does not parse or fails while rendering; sending it again cannot help.</exception>
    public static async Task<RenderedMail> RenderAsync(NotificationTemplate template, TemplateModel model, TimeZoneInfo zone,
        DateTimeOffset now)
    {
        var subject = await PartAsync("subject", template.Subject, model, html: false, zone, now);
        var text = await PartAsync("text", template.Text, model, html: false, zone, now);
        var html = template.Html is null ? null : await PartAsync("html", template.Html, model, html: true, zone, now);
        return new RenderedMail(Spaces().Replace(subject, " ").Trim(), text, html);
    }

    private static async Task<string> PartAsync(string part, string? source, TemplateModel model, bool html, TimeZoneInfo zone,
        DateTimeOffset now)
    {
        if (!LiquidTemplates.TryParse(source ?? "", out var parsed, out var error))
            throw new TemplateRenderException($"The {part} template does not parse: {error}");
        try
        {
            return await LiquidTemplates.RenderAsync(parsed, model, html, zone, now);
        }
        catch (FluidException e)
        {
            throw new TemplateRenderException($"The {part} template failed: {e.Message}", e);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
