namespace Oms.Messaging.Mail;

/// <summary>Sends e-mail notifications.</summary>
public interface IMailSender
{
    /// <summary>
    /// Hands <paramref name="mail"/> to the mail server and returns when the server accepted it. Throws
    /// <see cref="MailDeliveryException"/> when it did not: <see cref="MailDeliveryException.IsPermanent"/> says whether
    /// a retry can help (a 4xx reply, a network failure or a timeout can; a 5xx refusal of the message cannot).
    /// </summary>
    Task SendAsync(OutgoingMail mail, CancellationToken ct);
}
