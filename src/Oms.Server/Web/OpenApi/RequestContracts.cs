using Oms.Domain.Inventory;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Configuration;
using Oms.Server.Features.Fulfilment;
using Oms.Server.Features.Inventory;
using Oms.Server.Features.Network;
using Oms.Server.Features.Notifications;
using Oms.Server.Features.Orders;
using Oms.Server.Features.Payments;
using Oms.Server.Features.Sourcing;
using Oms.Server.Features.Webhooks;

namespace Oms.Server.Web.OpenApi;

/// <summary>
/// The fields each request must carry. Request records are nullable throughout on purpose (a missing field is answered
/// with a field error naming it, not with a parse error), so the C# types cannot say this; the validators and handlers
/// refuse a request without these fields. Fields required only in some cases (a pickup line's <c>pickupLocation</c>) are
/// optional here and say when in their description. A test checks the list against the server's answers.
/// </summary>
internal static class RequestContracts
{
    public static readonly IReadOnlyDictionary<Type, string[]> Required = new Dictionary<Type, string[]>
    {
        [typeof(CaptureOrderRequest)] = ["channel", "channelOrderId", "lines"],
        [typeof(OrderLineRequest)] = ["sku", "quantity", "unitPrice", "deliveryMethod"],
        [typeof(AddressRequest)] = ["name", "line1", "postalCode", "city", "country"],
        [typeof(CustomerRequest)] = [],
        [typeof(PaymentRequest)] = ["method"],
        [typeof(AmendOrderRequest)] = ["type"],
        [typeof(CancelOrderRequest)] = [],
        [typeof(ShipRequest)] = ["carrier", "trackingNumber"],
        [typeof(RejectRequest)] = [],
        [typeof(LiftHoldRequest)] = ["reason"],
        [typeof(SetStockRequest)] = ["onHand"],
        [typeof(AdjustStockRequest)] = ["delta"],
        [typeof(StockSnapshotRequest)] = ["items"],
        [typeof(StockSnapshotLine)] = ["sku", "onHand"],
        [typeof(ExpectedReceiptRequest)] = ["location", "sku", "quantity", "expectedAt"],
        [typeof(ReceiveRequest)] = [],
        [typeof(AllocateBackordersRequest)] = [],
        [typeof(ProductRequest)] = ["name", "listPrice", "currency"],
        [typeof(ChannelRequest)] = ["name", "type", "currency"],
        [typeof(CarrierRequest)] = ["name"],
        [typeof(LocationRequest)] = ["name", "type", "sizeClass", "latitude", "longitude"],
        [typeof(WeeklyHours)] = [],
        [typeof(HoursRange)] = ["opens", "closes"],
        [typeof(SaveRuleSetRequest)] = ["document"],
        [typeof(SaveAllocationRequest)] = ["rules"],
        [typeof(ChannelAllocationRule)] = [],
        [typeof(SaveNotificationTemplateRequest)] = [],
        [typeof(WebhookSubscriptionRequest)] = ["url", "eventTypes"],
        [typeof(DisableWebhookRequest)] = [],
    };
}
