using MimeKit;

namespace Oms.TestSupport.Smtp;

/// <summary>A mail the test server accepted: the SMTP envelope and the message as MimeKit parsed it.</summary>
public sealed record ReceivedMail(string EnvelopeFrom, IReadOnlyList<string> EnvelopeTo, MimeMessage Message);
