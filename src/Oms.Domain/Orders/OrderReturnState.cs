namespace Oms.Domain.Orders;

/// <summary>
/// How much of a sold order has come back, derived from its lines: a unit counts once its goods were received on a return,
/// or once it was refunded without coming back (a claim). Kept beside <see cref="OrderStatus"/>, which says how far the
/// forward flow got: an order is Delivered and PartlyReturned at the same time.
/// </summary>
public enum OrderReturnState
{
    None,
    PartlyReturned,
    Returned,
}
