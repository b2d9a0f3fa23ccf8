using System.Text.Json.Serialization;
using Oms.Domain.Returns;

namespace Oms.Server.Core.Configuration.Documents.Returns;

/// <summary>How a channel's refunds are paid and its exchanges released.</summary>
/// <param name="Refunds">The route and the order of the instruments refunded.</param>
/// <param name="ExchangeRelease"><c>onReceipt</c>: the replacement waits for the returned goods; <c>advance</c>: it is released
/// at once and the original's refund is withheld until the goods are received.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ChannelReturnSettingsDocument(RefundSettingsDocument? Refunds = null, ExchangeRelease? ExchangeRelease = null);
