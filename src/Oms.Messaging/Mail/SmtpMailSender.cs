using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Oms.Messaging.Mail;

/// <summary>
/// Sends each mail over its own SMTP session with MailKit: connect (TLS as configured), log in when a user is set,
/// send, quit. Notifications are few, and a fresh session per mail leaves no half-dead connection to manage.
/// </summary>
public sealed class SmtpMailSender : IMailSender
{
    private readonly SmtpOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SmtpMailSender> _logger;

    public SmtpMailSender(IOptions<SmtpOptions> options, TimeProvider time, ILogger<SmtpMailSender> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(mail);
        if (!_options.IsConfigured)
            throw new InvalidOperationException($"E-mail is off: set {SmtpOptions.SectionName}:Host.");

        var message = Build(mail);
        try
        {
            using var client = new SmtpClient { Timeout = (int)_options.Timeout.TotalMilliseconds };
            await client.ConnectAsync(_options.Host, _options.Port, _options.SecureSocketOptions, ct);
            if (!string.IsNullOrEmpty(_options.User))
                await client.AuthenticateAsync(_options.User, _options.Password, ct);
            await client.SendAsync(message, ct);
            await QuitAsync(client);
        }
        catch (SmtpCommandException e)
        {
            var code = (int)e.StatusCode;
            var permanent = code >= 500 && e.ErrorCode is SmtpErrorCode.MessageNotAccepted
                or SmtpErrorCode.SenderNotAccepted or SmtpErrorCode.RecipientNotAccepted;
            MailLog.Refused(_logger, mail.MessageId, code, permanent);
            throw new MailDeliveryException($"The mail server refused mail {mail.MessageId}: {code} {e.Message}", permanent, code, e);
        }
        catch (Exception e) when (e is SmtpProtocolException or IOException or SocketException or TimeoutException
                                      or AuthenticationException or ServiceNotConnectedException
                                  || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            MailLog.Failed(_logger, mail.MessageId, e);
            throw new MailDeliveryException($"Mail {mail.MessageId} was not sent: {e.Message}", isPermanent: false,
                smtpStatusCode: null, e);
        }
        MailLog.Sent(_logger, mail.MessageId);
    }

    private MimeMessage Build(OutgoingMail mail)
    {
        try
        {
            var message = new MimeMessage
            {
                Subject = mail.Subject,
                Date = _time.GetUtcNow(),
                MessageId = mail.MessageId.Contains('@', StringComparison.Ordinal)
                    ? mail.MessageId
                    : $"{mail.MessageId}@{DomainOf(_options.FromAddress)}",
            };
            message.From.Add(new MailboxAddress(_options.FromName, _options.FromAddress));
            foreach (var recipient in mail.To)
                message.To.Add(new MailboxAddress(recipient.Name ?? "", recipient.Address));
            message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
            return message;
        }
        catch (Exception e) when (e is ParseException or ArgumentException)
        {
            // Sending the same mail again would fail the same way.
            throw new MailDeliveryException($"Mail {mail.MessageId} cannot be built: {e.Message}", isPermanent: true,
                smtpStatusCode: null, e);
        }
    }

    private static string DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        return at >= 0 && at < address.Length - 1 ? address[(at + 1)..] : "oms.invalid";
    }

    private static async Task QuitAsync(SmtpClient client)
    {
        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or SocketException or SmtpProtocolException or SmtpCommandException)
        {
            // The server already accepted the mail; a failed QUIT changes nothing.
        }
    }
}
