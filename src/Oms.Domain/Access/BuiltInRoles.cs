using P = Oms.Domain.Access.Permissions;

namespace Oms.Domain.Access;

/// <summary>The roles every OMS starts with; the retailer may change their permissions or add its own.</summary>
public static class BuiltInRoles
{
    public const string Admin = "admin";
    public const string Operations = "operations";
    public const string Agent = "agent";
    public const string StoreAssociate = "store-associate";
    public const string Finance = "finance";
    public const string Analyst = "analyst";
    // Roles of systems (API keys).
    public const string Channel = "channel";
    public const string Till = "till";
    public const string Wms = "wms";
    public const string Carrier = "carrier";
    public const string PaymentProvider = "payment-provider";

    private static readonly string[] Reads =
        [P.OrdersRead, P.FulfilmentRead, P.StockRead, P.NetworkRead, P.RulesRead, P.ConfigurationRead, P.IntegrationsRead,
            P.ReturnsRead, P.ReportsRead];

    public sealed record Definition(string Name, string Description, string ActorKind, IReadOnlyList<string> Permissions, bool StoreScoped);

    public static readonly IReadOnlyList<Definition> All =
    [
        new(Admin, "Configuration, network, users and keys; everything else too.", "admin", [.. P.All], false),
        new(Operations, "Sourcing and fraud rules, stock, exceptions, sweeps and integrations.", "ops",
            [.. Reads, P.OrdersSource, P.HoldsManage, P.FulfilmentAct, P.ShipmentsDeliver, P.StockWrite, P.RulesWrite, P.OperationsRun,
                P.IntegrationsManage, P.ReturnsManage], false),
        new(Agent, "Customer service: search, orders on behalf of customers, cancel, amend, holds, payments.", "agent",
            [P.OrdersRead, P.OrdersCapture, P.OrdersCancel, P.OrdersAmend, P.HoldsManage, P.PaymentsManage, P.FulfilmentRead, P.StockRead,
                P.NetworkRead, P.ReturnsRead, P.ReturnsManage], false),
        new(StoreAssociate, "A store's fulfilment orders, pickups, till sales and stock counts; nothing of other stores.", "associate",
            [P.OrdersRead, P.OrdersCapture, P.FulfilmentRead, P.FulfilmentAct, P.StockRead, P.StockWrite, P.NetworkRead,
                P.ReturnsRead, P.ReturnsManage], true),
        new(Finance, "Payment holds, payments and refund approvals.", "finance",
            [P.OrdersRead, P.HoldsManage, P.PaymentsManage, P.RefundsApprove, P.NetworkRead, P.ReturnsRead], false),
        new(Analyst, "Reads everything, changes nothing.", "analyst", Reads, false),
        new(Channel, "A sales channel's system: captures and reads the orders of its channel.", "channel",
            [P.OrdersRead, P.OrdersCapture, P.OrdersCancel, P.NetworkRead], false),
        new(Till, "A store's till or POS: sales, pickups, counts and counter returns at its store; may name the cashier.", "store",
            [P.OrdersRead, P.OrdersCapture, P.FulfilmentRead, P.FulfilmentAct, P.StockRead, P.StockWrite, P.NetworkRead, P.ReturnsRead,
                P.ReturnsManage], true),
        new(Wms, "A warehouse or 3PL system: its locations' fulfilment orders, stock and returns received (all, when the key names none).",
            "wms", [P.FulfilmentRead, P.FulfilmentAct, P.ShipmentsDeliver, P.StockRead, P.StockWrite, P.NetworkRead, P.ReturnsRead,
                P.ReturnsManage], false),
        new(Carrier, "A carrier: delivery confirmations.", "carrier", [P.ShipmentsDeliver], false),
        new(PaymentProvider, "A payment provider's notifications.", "payment", [P.PaymentsManage], false),
    ];
}
