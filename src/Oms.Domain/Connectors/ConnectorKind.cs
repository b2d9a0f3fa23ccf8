namespace Oms.Domain.Connectors;

/// <summary>The channel system a connector speaks to, each in its own documented format.</summary>
public enum ConnectorKind
{
    /// <summary>Shopify's webhooks (orders/create, orders/cancelled) in, Admin REST API out.</summary>
    Shopify,

    /// <summary>WooCommerce's webhooks (order.created, order.updated) in, its REST API out.</summary>
    WooCommerce,

    /// <summary>Amazon Selling Partner API: orders polled, confirmations and listings pushed.</summary>
    Amazon,

    /// <summary>bol.com Retailer API (OAuth client credentials): open FBR orders polled, shipments and offers pushed.</summary>
    Bol,

    /// <summary>EDI X12: 850 purchase orders from B2B customers and drop-ship partners in; 997, 855 and 856 out.</summary>
    X12,
}
