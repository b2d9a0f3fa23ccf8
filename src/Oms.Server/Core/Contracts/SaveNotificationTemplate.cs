using Oms.Domain.Configuration;
using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Contracts;

/// <summary>
/// A new version of the e-mail template of a channel (or <c>*</c>) and a notification (or <c>*</c>, a switch only),
/// validated, and activated at once unless <see cref="Activate"/> is false.
/// </summary>
public sealed record SaveNotificationTemplate(string Channel, string Notification, string? Subject, string? Text, string? Html,
    bool? Enabled, string? Comment, bool? Activate) : ICommand<ConfigurationVersion>;
