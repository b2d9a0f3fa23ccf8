namespace Oms.Server.Features.Warehouse;

/// <summary>The <c>type</c> values of the messages a bus-served location sends (docs/warehouse-messages.md).</summary>
public static class WmsMessageTypes
{
    public const string Acknowledge = "acknowledge";
    public const string Reject = "reject";
    public const string Pick = "pick";
    public const string Pack = "pack";
    public const string Dispatch = "dispatch";
    public const string StockDelta = "stock-delta";
    public const string StockSnapshot = "stock-snapshot";

    public const string All = "acknowledge, reject, pick, pack, dispatch, stock-delta, stock-snapshot";
}
