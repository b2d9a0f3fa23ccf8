namespace Oms.Messaging.Mail;

/// <summary>An addressee: the address and, optionally, the name shown beside it.</summary>
public sealed record MailRecipient(string Address, string? Name = null);
