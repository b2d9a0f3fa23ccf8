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
    /// <summary>A work status's list reached its limit: the store has more open work than was read.</summary>
    private bool _moreWork;
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

    /// <summary>
    /// The lists are read concurrently (every call started before any is awaited); the awaits resume on the circuit's context,
    /// and the page's state is set there once everything has answered. Problems are reported in the page's order: work, pickups, returns.
    /// </summary>
    private async Task LoadAsync()
    {
        if (_location is null) return;
        var location = _location;
        var at = Uri.EscapeDataString(location);
        var workCalls = WorkStatuses
            .Select(status => Api.GetAsync<CursorPage<WorkOrder>>($"/api/fulfilment-orders?location={at}&status={status}&limit={PageSize}"))
            .ToArray();
        var readyCall = ReadyAsync(at);
        var returnsCall = Api.GetAsync<CursorPage<StoreReturn>>($"/api/returns?location={at}&limit={PageSize}");

        var problems = new List<string>();
        var work = new List<WorkOrder>();
        var moreWork = false;
        foreach (var call in workCalls)
        {
            var result = await call;
            moreWork |= result is { Ok: true, Value.NextCursor: not null };
            work.AddRange(Read(result, problems));
        }
        var (ready, readyProblems) = await readyCall;
        problems.AddRange(readyProblems);
        var returns = Read(await returnsCall, problems);

        _work = [.. work.OrderBy(w => w.CreatedAt)];
        _moreWork = moreWork;
        _ready = [.. ready.OrderByDescending(p => p.Overdue).ThenBy(p => p.CollectBy)];
        _returns = [.. returns.Where(r => StoreReturns.NeedsWork(r, location))];
        if (problems.Count > 0 && _outcome?.Problem is null) _outcome = new ActionOutcome(null, _outcome?.Done, string.Join(" ", problems));
        _updated = DateTime.Now;
    }

    /// <summary>The fulfilment orders ready for pickup; each comes with its customer and collect-by moment.</summary>
    private async Task<(List<StorePickup> Ready, List<string> Problems)> ReadyAsync(string at)
    {
        var problems = new List<string>();
        var found = Read(await Api.GetAsync<CursorPage<WorkOrder>>(
            $"/api/fulfilment-orders?location={at}&status=readyForPickup&limit={PageSize}"), problems);
        var now = DateTime.UtcNow;
        return ([.. found.Select(fo => StorePickup.Of(fo, now))], problems);
    }

    private static IReadOnlyList<T> Read<T>(ApiResult<CursorPage<T>> result, List<string> problems)
    {
        if (result.Ok) return result.Value!.Items;
        problems.Add(result.Problem ?? "The list could not be read.");
        return [];
    }
}
