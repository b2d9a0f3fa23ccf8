namespace Oms.Messaging.Mail;

/// <summary>
/// One e-mail to send. <see cref="MessageId"/> is chosen by the caller and stays the same on every retry (for example
/// the outbox entry's id), so a receiving system can tell a retried mail from a new one; without an <c>@</c> the sender
/// adds the domain of the from address. There is always a plain-text body; an HTML body makes the mail
/// multipart/alternative.
/// </summary>
public sealed record OutgoingMail(string MessageId, IReadOnlyList<MailRecipient> To, string Subject, string TextBody)
{
    public string? HtmlBody { get; init; }
}
