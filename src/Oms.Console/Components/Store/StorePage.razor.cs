using Microsoft.AspNetCore.Components;
using Oms.Ui.Api;
using Oms.Ui.Api.Models;
using Oms.Ui.Components.Shared;

namespace Oms.Ui.Components.Store;

/// <summary>
/// A store associate's day at one store: fulfilment orders to pick and pack, pickups ready (overdue first), the counter,
/// returns handed in, and stock counts. The store is the sign-in's; the API enforces that scoping, the page only follows it.
/// </summary>
public sealed partial class StorePage
{
    private const int PageSize = 100;
    private static readonly string[] WorkStatuses = ["released", "picked", "packed"];

    private string? _location;
    private List<WorkOrder> _work = [];
    private List<StorePickup> _ready = [];
    private List<StoreReturn> _returns = [];
    private ActionOutcome? _outcome;
    private DateTime? _updated;
    private int _active;

    [CascadingParameter] public required Me Me { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _location = Me.Locations is { Count: > 0 } locations ? locations[0] : null;
        await LoadAsync();
    }

    private async Task SwitchAsync(string location)
    {
        _location = location;
        _outcome = null;
        await LoadAsync();
    }

    private async Task RefreshAsync()
    {
        _outcome = null;
        await LoadAsync();
    }

    private async Task ReportAsync(ActionOutcome outcome)
    {
        _outcome = outcome;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        if (_location is null) return;
        var at = Uri.EscapeDataString(_location);
        var problems = new List<string>();
        var work = new List<WorkOrder>();
        foreach (var status in WorkStatuses)
            work.AddRange(Read(await Api.GetAsync<CursorPage<WorkOrder>>($"/api/fulfilment-orders?location={at}&status={status}&limit={PageSize}"),
                problems));
        _work = [.. work.OrderBy(w => w.CreatedAt)];

        var ready = new List<StorePickup>();
        foreach (var fo in Read(await Api.GetAsync<CursorPage<WorkOrder>>(
                     $"/api/fulfilment-orders?location={at}&status=readyForPickup&limit={PageSize}"), problems))
        {
            var order = await Api.GetAsync<PickupOrder>($"/api/orders/{Uri.EscapeDataString(fo.OrderNumber)}");
            if (order.Ok) ready.Add(StorePickup.Of(order.Value!, fo, DateTime.UtcNow));
            else problems.Add($"{fo.OrderNumber}: {order.Problem}");
        }
        _ready = [.. ready.OrderByDescending(p => p.Overdue).ThenBy(p => p.CollectBy)];

        _returns = [.. Read(await Api.GetAsync<CursorPage<StoreReturn>>($"/api/returns?location={at}&limit={PageSize}"), problems)
            .Where(r => StoreReturns.NeedsWork(r, _location))];
        if (problems.Count > 0 && _outcome?.Problem is null) _outcome = new ActionOutcome(null, _outcome?.Done, string.Join(" ", problems));
        _updated = DateTime.Now;
    }

    private static IReadOnlyList<T> Read<T>(ApiResult<CursorPage<T>> result, List<string> problems)
    {
        if (result.Ok) return result.Value!.Items;
        problems.Add(result.Problem ?? "The list could not be read.");
        return [];
    }
}
