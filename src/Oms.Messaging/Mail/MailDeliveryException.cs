namespace Oms.Messaging.Mail;

/// <summary>
/// A mail the server did not accept. Permanent: the server refused the message, its sender or a recipient with a
/// 5xx reply, or the message cannot be built (an invalid address): sending it again fails the same way. Transient:
/// everything else (a 4xx reply, no connection, a timeout, a failed login), worth retrying.
/// </summary>
public sealed class MailDeliveryException : Exception
{
    public MailDeliveryException()
    {
    }

    public MailDeliveryException(string message) : base(message)
    {
    }

    public MailDeliveryException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public MailDeliveryException(string message, bool isPermanent, int? smtpStatusCode, Exception? innerException = null)
        : base(message, innerException)
    {
        IsPermanent = isPermanent;
        SmtpStatusCode = smtpStatusCode;
    }

    public bool IsPermanent { get; }

    /// <summary>The server's reply code (e.g. 451, 550) when the failure was a reply.</summary>
    public int? SmtpStatusCode { get; }
}
