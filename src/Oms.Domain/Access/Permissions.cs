namespace Oms.Domain.Access;

/// <summary>
/// What a caller may do, one name per kind of action. Roles (data) grant permissions; every endpoint declares the one it
/// needs. Names are stable: they are stored in roles and shown in the API description.
/// </summary>
public static class Permissions
{
    public const string OrdersRead = "orders.read";
    public const string OrdersCapture = "orders.capture";
    public const string OrdersCancel = "orders.cancel";
    public const string OrdersAmend = "orders.amend";
    public const string OrdersSource = "orders.source";
    public const string HoldsManage = "holds.manage";
    public const string PaymentsManage = "payments.manage";
    public const string FulfilmentRead = "fulfilment.read";
    public const string FulfilmentAct = "fulfilment.act";
    public const string ShipmentsDeliver = "shipments.deliver";
    public const string StockRead = "stock.read";
    public const string StockWrite = "stock.write";
    public const string NetworkRead = "network.read";
    public const string NetworkWrite = "network.write";
    public const string RulesRead = "rules.read";
    public const string RulesWrite = "rules.write";
    public const string ConfigurationRead = "configuration.read";
    public const string ConfigurationWrite = "configuration.write";
    public const string OperationsRun = "operations.run";
    public const string IntegrationsRead = "integrations.read";
    public const string IntegrationsManage = "integrations.manage";
    public const string ReturnsRead = "returns.read";
    public const string ReturnsManage = "returns.manage";
    public const string RefundsApprove = "refunds.approve";
    public const string AccessManage = "access.manage";
    public const string ReportsRead = "reports.read";

    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [OrdersRead] = "Search and read orders, their payments, sourcing explanations and timelines.",
        [OrdersCapture] = "Capture orders (a channel, a till, an agent on a customer's behalf).",
        [OrdersCancel] = "Cancel orders or lines.",
        [OrdersAmend] = "Amend orders: quantities, lines, addresses, delivery methods.",
        [OrdersSource] = "Source or re-source orders, allocate back-orders, release due work.",
        [HoldsManage] = "See and release fraud, payment and approval holds.",
        [PaymentsManage] = "Add, replace and retry payment instruments.",
        [FulfilmentRead] = "See fulfilment orders and work queues.",
        [FulfilmentAct] = "Act on fulfilment orders: accept, pick, pack, ship, reject, ready and hand over pickups.",
        [ShipmentsDeliver] = "Confirm delivery of shipments.",
        [StockRead] = "Read stock positions, movements and discrepancies.",
        [StockWrite] = "Set, adjust and count stock; expected receipts; stock snapshots.",
        [NetworkRead] = "Read locations, channels, products and carriers.",
        [NetworkWrite] = "Maintain locations, channels, products, carriers, postal codes and imports.",
        [RulesRead] = "Read sourcing rules, fraud rules, workflows and channel allocations.",
        [RulesWrite] = "Change sourcing rules, fraud rules, workflows and channel allocations.",
        [ConfigurationRead] = "Read notification templates and other configuration.",
        [ConfigurationWrite] = "Change notification templates and other configuration.",
        [OperationsRun] = "Run sweeps (expiry, reminders) and work the exception queue.",
        [IntegrationsRead] = "See the outbox, webhook subscriptions and their deliveries.",
        [IntegrationsManage] = "Manage webhook subscriptions and redrive outbox deliveries.",
        [ReturnsRead] = "See return orders (returns, exchanges, claims), their receipts and timelines.",
        [ReturnsManage] = "Request, receive and cancel returns, exchanges and claims.",
        [RefundsApprove] = "Approve or reject refunds.",
        [AccessManage] = "Manage users, roles and API keys.",
        [ReportsRead] = "Read the KPI dashboard's figures (orders, revenue, fulfilment, cycle times, returns) and their CSV exports.",
    };

    public static IReadOnlyCollection<string> All => (IReadOnlyCollection<string>)Descriptions.Keys;

    public static bool IsKnown(string permission) => Descriptions.ContainsKey(permission);
}
