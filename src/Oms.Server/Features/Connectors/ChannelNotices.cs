namespace Oms.Server.Features.Connectors;

/// <summary>A parcel left: tell the channel which of its order's lines went with which carrier and tracking number.</summary>
/// <param name="Key">Stable per shipment: the idempotency key for the channel call.</param>
/// <param name="Lines">The channel's SKUs (mapped back) and quantities in the parcel.</param>
public sealed record ShipmentNotice(string Key, string ChannelOrderId, string OrderNumber, string Carrier, string TrackingNumber,
    string? TrackingUrl, DateTime ShippedAt, IReadOnlyList<NoticeLine> Lines);

/// <summary>The OMS cancelled the order or some of its lines (not asked by the channel itself).</summary>
public sealed record CancellationNotice(string Key, string ChannelOrderId, string OrderNumber, string Reason, bool WholeOrder,
    IReadOnlyList<NoticeLine> Lines);

/// <summary>Money went back to the customer (a return's refund, a goodwill), or the channel must pay it (refund.instructed).</summary>
public sealed record RefundNotice(string Key, string ChannelOrderId, string OrderNumber, decimal Amount, string Currency, string Reason,
    IReadOnlyList<NoticeLine> Lines);

/// <param name="ChannelLineId">The channel's own line id when the order came from it (Shopify line_item id, Amazon OrderItemId).</param>
public sealed record NoticeLine(string Sku, string ChannelSku, string? ChannelLineId, int Quantity);

/// <summary>What a channel may sell of a SKU now (its allocation applied, summed over locations).</summary>
public sealed record SkuAvailability(string Sku, string ChannelSku, int Available);
