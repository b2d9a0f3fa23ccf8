using MudBlazor;
using Oms.Ui.Api.Models;
using Oms.Ui.Components.Shared;

namespace Oms.Ui.Components.Queues;

/// <summary>The actions on the queues' rows: each confirmed first, then done or refused in the API's words, then the lists read again.</summary>
public sealed partial class Queues
{
    private async Task ReleaseAsync(HeldOrder hold)
    {
        var kind = OrderWords.Status(hold.Kind).ToLowerInvariant();
        var dialog = await Dialogs.ShowAsync<ReasonDialog>($"Release the {kind} hold on {hold.Number}?", new DialogParameters<ReasonDialog>
        {
            { d => d.Text, $"Order {hold.Number} ({OrderWords.Money(hold.Total, hold.Currency)}) was held: {hold.Reason}. Once released it " +
                "goes on to payment, sourcing and fulfilment. To refuse the order, cancel it instead." },
            { d => d.ConfirmText, "Release hold" },
            { d => d.CancelText, "Keep the hold" },
        });
        if (await dialog.Result is not { Canceled: false, Data: string reason }) return;
        var result = await Api.PostAsync<Order>($"/api/orders/{Uri.EscapeDataString(hold.Number)}/holds/{hold.Kind}/release", new { reason });
        await AfterAsync(result.Ok ? ActionOutcome.Success($"The {kind} hold on {hold.Number} is released.")
            : ActionOutcome.Refused(result, $"release the hold on {hold.Number}"));
    }

    private async Task SourceAsync(string number)
    {
        if (await Dialogs.ShowMessageBoxAsync($"Source {number} again?",
                $"The OMS looks for stock for the waiting lines of {number} now, by the active sourcing rules.",
                yesText: "Source again", cancelText: "Cancel") != true) return;
        var result = await Api.PostAsync<Order>($"/api/orders/{Uri.EscapeDataString(number)}/source", new { });
        await AfterAsync(result.Ok
            ? ActionOutcome.Success($"{number} sourced again: the order is now {OrderWords.Status(result.Value!.Status).ToLowerInvariant()}.")
            : ActionOutcome.Refused(result, $"source {number}"));
    }

    private async Task AllocateAllAsync()
    {
        if (await Dialogs.ShowMessageBoxAsync("Allocate back-orders now?",
                "Every back-ordered line is sourced again, oldest order first, against the stock there is now.",
                yesText: "Allocate", cancelText: "Cancel") != true) return;
        var result = await Api.PostAsync<BackorderRun>("/api/backorders/allocate", new { });
        await AfterAsync(result.Ok
            ? ActionOutcome.Success($"{result.Value!.OrdersTried} order(s) tried, {result.Value.LinesAllocated} line(s) allocated.")
            : ActionOutcome.Refused(result, "allocate back-orders"));
    }

    private async Task RedriveAsync(OutboxDelivery delivery)
    {
        if (await Dialogs.ShowMessageBoxAsync($"Redrive {delivery.EventType}?",
                $"The delivery of {delivery.EventType} ({delivery.SubjectKey ?? delivery.Subject}) to {delivery.Handler} goes back in the " +
                "queue and is tried again at once, its attempts counted afresh.", yesText: "Redrive", cancelText: "Cancel") != true) return;
        var result = await Api.PostAsync<OutboxDelivery>($"/api/outbox/deliveries/{delivery.Id}/redrive", new { });
        await AfterAsync(result.Ok
            ? ActionOutcome.Success($"{delivery.EventType} to {delivery.Handler} is redriven: now {OrderWords.Status(result.Value!.Status).ToLowerInvariant()}.")
            : ActionOutcome.Refused(result, "redrive this delivery"));
    }

    private async Task ReplayAsync(InboundMessage message)
    {
        if (await Dialogs.ShowMessageBoxAsync($"Replay message {message.DedupKey}?",
                $"The {message.MessageType} from {message.Source} is handled again, as it arrived, by today's mapping and master data.",
                yesText: "Replay", cancelText: "Cancel") != true) return;
        var result = await Api.PostAsync<InboxReceipt>($"/api/inbox/{message.Id}/replay", new { });
        ActionOutcome outcome;
        if (!result.Ok) outcome = ActionOutcome.Refused(result, "replay this message");
        else if (result.Value!.Status == "rejected")
            outcome = new ActionOutcome(null, null, $"Replayed, and rejected again: {result.Value.Reason}");
        else
            outcome = ActionOutcome.Success($"Message {message.DedupKey} replayed: {OrderWords.Status(result.Value.Status).ToLowerInvariant()}" +
                (result.Value.ResultId is { } id ? $" ({result.Value.ResultType} {id})." : "."));
        await AfterAsync(outcome);
    }

    private async Task AfterAsync(ActionOutcome outcome)
    {
        _outcome = outcome;
        await LoadAsync();
    }
}
