namespace Oms.Ui.Api.Models;

/// <summary>
/// The KPI figures of a period as <c>GET /api/kpis</c> returns them; <see cref="Definitions"/> says what each counts and
/// <see cref="AsOf"/> when they were computed (a snapshot the server keeps for up to <c>Oms:Kpis:MaxAgeSeconds</c>).
/// </summary>
public sealed record KpiReport(DateTime From, DateTime To, string? Channel, string? Location, int ShipWithinHours, int PickupWithinHours,
    DateTime AsOf,
    long Orders, decimal Revenue, IReadOnlyList<KpiDay> OrdersByDay, KpiRate Fulfilment, IReadOnlyList<KpiCycleTime> CycleTimes,
    KpiRate PerfectOrders, IReadOnlyList<KpiReturnRow> ReturnsByReason, IReadOnlyList<KpiReturnRow> ReturnsByProduct,
    KpiBackorders Backorders, KpiRate SplitShipments, KpiRate ShipFromStore, KpiRate LateShipments, KpiRate LatePickups,
    IReadOnlyDictionary<string, string> Definitions);
