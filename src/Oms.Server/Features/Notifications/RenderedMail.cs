namespace Oms.Server.Features.Notifications;

/// <summary>A notification rendered for one order: a one-line subject, the plain text and, when the template has one, the HTML.</summary>
public sealed record RenderedMail(string Subject, string Text, string? Html);
