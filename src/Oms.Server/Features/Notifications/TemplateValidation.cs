using Fluid;
using Oms.Domain.Common;
using Oms.Server.Features.Notifications.Model;

namespace Oms.Server.Features.Notifications;

/// <summary>
/// Checks a template before it is stored: the parts a mail needs are there and not too long, each part parses (a syntax
/// error names its line and column), and each renders against the sample model without an undefined variable or filter.
/// Every problem is a field error (<c>subject</c>, <c>text</c>, <c>html</c>) of one 422.
/// </summary>
public static class TemplateValidation
{
    public static async Task CheckAsync(NotificationTemplate template, NotificationKind? kind, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (kind is null)
        {
            if (template.Subject is not null || template.Text is not null || template.Html is not null)
                errors["enabled"] =
                    ["A key for every notification of a channel (…:*) is only a switch: give enabled, no subject, text or html."];
        }
        else
        {
            if (template.Enabled && string.IsNullOrWhiteSpace(template.Subject)) errors["subject"] = ["subject is required."];
            if (template.Enabled && string.IsNullOrWhiteSpace(template.Text)) errors["text"] = ["text (the plain-text body) is required."];
            var model = SampleModel.For(kind.Value, now);
            await PartAsync(errors, "subject", template.Subject, NotificationTemplate.MaxSubjectLength, model, now);
            await PartAsync(errors, "text", template.Text, NotificationTemplate.MaxBodyLength, model, now);
            await PartAsync(errors, "html", template.Html, NotificationTemplate.MaxBodyLength, model, now);
        }
        if (errors.Count > 0)
        {
            var first = errors.First();
            throw new BusinessRuleException($"The template is not valid: {first.Key}: {first.Value[0]}", errors);
        }
    }

    private static async Task PartAsync(Dictionary<string, string[]> errors, string field, string? source, int maxLength,
        TemplateModel model, DateTimeOffset now)
    {
        if (source is null || errors.ContainsKey(field)) return;
        if (source.Length > maxLength)
        {
            errors[field] = [$"{field} must be at most {maxLength} characters."];
            return;
        }
        if (!LiquidTemplates.TryParse(source, out var parsed, out var error))
        {
            errors[field] = [$"Liquid syntax error at {error}"];
            return;
        }
        try
        {
            await LiquidTemplates.RenderAsync(parsed, model, html: field == "html", TimeZoneInfo.Utc, now, strict: true);
        }
        catch (FluidException e)
        {
            errors[field] = [$"{e.Message} (the variables are listed in the README; GET …/preview shows a rendering)."];
        }
    }
}
