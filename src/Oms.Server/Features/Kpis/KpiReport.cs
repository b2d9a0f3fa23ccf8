namespace Oms.Server.Features.Kpis;

/// <summary>
/// The KPIs of the orders captured in [<see cref="From"/>, <see cref="To"/>) that match the filter; <see cref="Definitions"/>
/// says, for each figure, exactly what is counted. <see cref="AsOf"/> is when the figures were computed (UTC): they are a
/// snapshot, at most <c>Oms:Kpis:MaxAgeSeconds</c> old unless the request asked for fresh ones.
/// </summary>
public sealed record KpiReport(
    DateTime From, DateTime To, string? Channel, string? Location, int ShipWithinHours, int PickupWithinHours, DateTime AsOf,
    long Orders, decimal Revenue, IReadOnlyList<KpiDay> OrdersByDay,
    KpiRate Fulfilment, IReadOnlyList<KpiCycleTime> CycleTimes, KpiRate PerfectOrders,
    IReadOnlyList<KpiReturnRow> ReturnsByReason, IReadOnlyList<KpiReturnRow> ReturnsByProduct,
    KpiBackorders Backorders, KpiRate SplitShipments, KpiRate ShipFromStore, KpiRate LateShipments, KpiRate LatePickups,
    IReadOnlyDictionary<string, string> Definitions);
