using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Webhooks;

/// <summary>A subscription as a caller creates or replaces it.</summary>
/// <param name="Url">https URL the events are POSTed to.</param>
/// <param name="EventTypes">Catalogue names (<c>order.captured</c>), patterns (<c>line.*</c>) or <c>*</c>.</param>
/// <param name="Secret"><c>whsec_</c> + base64 of 24–64 bytes; left out on creation, the OMS makes one; on a replace, a new one rotates it.</param>
[RequiredFields("url", "eventTypes")]
public sealed record WebhookSubscriptionRequest(string? Url, IReadOnlyList<string?>? EventTypes, string? Secret = null, string? Description = null);
