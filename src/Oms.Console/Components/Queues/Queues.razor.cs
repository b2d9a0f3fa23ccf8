using Microsoft.AspNetCore.Components;
using MudBlazor;
using Oms.Ui.Api;
using Oms.Ui.Api.Models;
using Oms.Ui.Components.Shared;
using P = Oms.Domain.Access.Permissions;

namespace Oms.Ui.Components.Queues;

/// <summary>
/// The work queues of operations and customer service: the lists refresh in the circuit on a timer (disposed with the page),
/// each row actionable, every refusal shown in the API's words. A person sees only the queues their permissions reach.
/// </summary>
public sealed partial class Queues
{
    private const int PageSize = 100;

    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<string, IReadOnlyList<HeldOrder>> _holds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _more = new(StringComparer.Ordinal);
    private List<QueueTab> _tabs = [];
    private IReadOnlyList<ExceptionItem> _exceptions = [];
    private IReadOnlyList<OrderSummary> _backorders = [];
    private IReadOnlyList<OutboxDelivery> _deadLetters = [];
    private IReadOnlyList<InboundMessage> _rejected = [];
    private PeriodicTimer? _timer;
    private DateTime? _updated;
    private string? _loadProblem;
    private ActionOutcome? _outcome;
    private int _active;

    /// <summary>How often the lists are read again.</summary>
    public static TimeSpan Interval => TimeSpan.FromSeconds(3);

    [CascadingParameter] public required Me Me { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _tabs = Tabs(Me);
        await LoadAsync();
        // The refreshes are the circuit's: a prerendering's page is gone as soon as it is written.
        if (!RendererInfo.IsInteractive) return;
        _timer = new PeriodicTimer(Interval);
        _ = RefreshLoopAsync(_timer);
    }

    private static List<QueueTab> Tabs(Me me)
    {
        var tabs = new List<QueueTab>();
        if (me.Has(P.HoldsManage))
            tabs.AddRange([new("fraud", "Fraud review"), new("payment", "Payment holds"), new("manualApproval", "Manual approvals"),
                new("manualRelease", "Manual release")]);
        if (me.Has(P.OperationsRun)) tabs.Add(new("exceptions", "Exceptions"));
        if (me.Has(P.OrdersSource) && me.Has(P.OrdersRead)) tabs.Add(new("backorders", "Back-orders"));
        if (me.Has(P.IntegrationsRead)) tabs.AddRange([new("dead-letters", "Dead letters"), new("rejected", "Rejected messages")]);
        return tabs;
    }

    private async Task RefreshLoopAsync(PeriodicTimer timer)
    {
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
                await InvokeAsync(async () =>
                {
                    await LoadAsync();
                    StateHasChanged();
                });
        }
        catch (OperationCanceledException)
        {
            // The page was closed.
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away while a refresh was under way.
        }
    }

    private async Task LoadAsync()
    {
        var ct = _stop.Token;
        var problems = new List<string>();
        foreach (var tab in _tabs)
        {
            switch (tab.Key)
            {
                case "exceptions":
                    _exceptions = Read(await Api.GetAsync<CursorPage<ExceptionItem>>($"/api/exception-queue?limit={PageSize}", ct), tab, problems)
                        ?? _exceptions;
                    break;
                case "backorders":
                    _backorders = Read(await Api.GetAsync<CursorPage<OrderSummary>>($"/api/orders?status=backordered&limit={PageSize}", ct),
                        tab, problems) ?? _backorders;
                    break;
                case "dead-letters":
                    _deadLetters = Read(await Api.GetAsync<CursorPage<OutboxDelivery>>(
                        $"/api/outbox/deliveries?status=deadLettered&limit={PageSize}", ct), tab, problems) ?? _deadLetters;
                    break;
                case "rejected":
                    _rejected = Read(await Api.GetAsync<CursorPage<InboundMessage>>($"/api/inbox?status=rejected&limit={PageSize}", ct),
                        tab, problems) ?? _rejected;
                    break;
                default:
                    if (Read(await Api.GetAsync<CursorPage<HeldOrder>>($"/api/holds?kind={tab.Key}&limit={PageSize}", ct), tab, problems)
                        is { } held) _holds[tab.Key] = held;
                    break;
            }
        }
        _loadProblem = problems.Count == 0 ? null : string.Join(" ", problems);
        _updated = DateTime.Now;
    }

    private IReadOnlyList<T>? Read<T>(ApiResult<CursorPage<T>> result, QueueTab tab, List<string> problems)
    {
        if (!result.Ok)
        {
            problems.Add($"{tab.Title}: {result.Problem}");
            return null;
        }
        _more[tab.Key] = result.Value!.NextCursor is not null;
        return result.Value.Items;
    }

    private IReadOnlyList<HeldOrder> Holds(string kind) => _holds.GetValueOrDefault(kind) ?? [];

    private string Count(QueueTab tab)
    {
        var n = tab.Key switch
        {
            "exceptions" => _exceptions.Count,
            "backorders" => _backorders.Count,
            "dead-letters" => _deadLetters.Count,
            "rejected" => _rejected.Count,
            _ => Holds(tab.Key).Count,
        };
        return _more.GetValueOrDefault(tab.Key) ? $"{n}+" : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _timer?.Dispose();
        _stop.Dispose();
    }
}
