using System.Text.Json.Nodes;
using Oms.Domain.Connectors;

namespace Oms.Server.Features.Connectors;

/// <summary>A connector as the API takes it.</summary>
/// <param name="Code">Lower-case letters, digits and dashes (<c>shopify-nl</c>); its webhook address and inbox source.</param>
/// <param name="Kind">shopify, wooCommerce, amazon, bol or x12.</param>
/// <param name="Channel">The OMS channel its orders are captured in; one connector per channel.</param>
/// <param name="Settings">What the kind needs that is not secret (baseUrl, shop domain, marketplace id, pollSeconds…).</param>
/// <param name="Secrets">Credentials (webhook secret, access token, client id and secret); stored encrypted, never shown
/// again. On a change, leave them out to keep the stored ones.</param>
/// <param name="Mapping">SKUs, locations, tax-inclusive prices, shipping methods → delivery methods.</param>
public sealed record ConnectorRequest(string? Code, ConnectorKind? Kind, string? Channel, JsonObject? Settings,
    IReadOnlyDictionary<string, string>? Secrets, ConnectorMapping? Mapping, bool? Enabled = null);
