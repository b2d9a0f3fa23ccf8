namespace Oms.Domain.Returns;

/// <summary>When the order's shipping charge goes back to the customer.</summary>
public enum ShippingRefundRule
{
    Never,
    /// <summary>Only when the last unit of the order comes back.</summary>
    WhenWholeOrderReturned,
    /// <summary>Only when the reason says the retailer was at fault.</summary>
    WhenAtFault,
    /// <summary>When the whole order comes back or the retailer was at fault (the default).</summary>
    WholeOrderOrAtFault,
}
