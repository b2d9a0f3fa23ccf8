using MailKit.Security;

namespace Oms.Messaging.Mail;

/// <summary>Settings of the SMTP sender, bound from <c>Notifications:Smtp</c>. Without a host, e-mail is off.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Notifications:Smtp";

    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    /// <summary>
    /// <c>None</c> (plain text), <c>StartTls</c> (required), <c>SslOnConnect</c> (port 465) or <c>Auto</c> (TLS on
    /// connect for port 465, otherwise STARTTLS when the server offers it).
    /// </summary>
    public SecureSocketOptions SecureSocketOptions { get; set; } = SecureSocketOptions.Auto;

    /// <summary>Login name; empty means no authentication.</summary>
    public string User { get; set; } = "";

    public string Password { get; set; } = "";

    public string FromAddress { get; set; } = "";

    public string FromName { get; set; } = "";

    /// <summary>Budget for each SMTP command and the connection (MailKit's client timeout).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>True when a server is named; otherwise sending refuses.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
