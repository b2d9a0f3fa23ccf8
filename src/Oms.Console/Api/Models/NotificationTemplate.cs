namespace Oms.Ui.Api.Models;

/// <summary>One notification's e-mail in Liquid: subject, plain-text body and an optional HTML body; not enabled switches it off.</summary>
public sealed record NotificationTemplate(bool Enabled, string? Subject, string? Text, string? Html);
