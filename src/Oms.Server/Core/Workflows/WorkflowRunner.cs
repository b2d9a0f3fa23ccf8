using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Domain.Fraud;
using Oms.Domain.Orders;
using Oms.Domain.OrderWorkflows;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Configuration.Documents.Workflows;
using Oms.Server.Core.Sourcing;

namespace Oms.Server.Core.Workflows;

/// <summary>
/// Runs an order's workflow: the steps of the entry and version it started with, in their order. Before each step the
/// holds the workflow places before it are placed (once); while any hold is active the order waits, and the command
/// that lifts the last one resumes it (the command bus advances every order a command touched). So a manual approval
/// before sourcing really reserves nothing until a person approves, and an authorisation before sourcing waits for the
/// provider's answer. The release step lets fulfilment orders go after the cancellation window.
/// </summary>
public sealed class WorkflowRunner(LineSourcer sourcer, IOptions<OmsOptions> options)
{
    public static readonly Actor Workflow = new("system", "workflow");

    public async Task AdvanceAsync(Order order, CommandContext ctx, CancellationToken ct, ResolvedWorkflow? workflow = null)
    {
        if (order.Status == OrderStatus.Cancelled) return;
        if (order.NextStep is not null)
        {
            workflow ??= await ResolveAsync(ctx.Db, order, ct);
            while (order.NextStep is { } step && order.Status != OrderStatus.Cancelled)
            {
                foreach (var hold in workflow.HoldsBefore(step, order.Total))
                {
                    var kind = hold.Kind == WorkflowHoldKind.ManualRelease ? HoldKind.ManualRelease : HoldKind.ManualApproval;
                    if (!order.HoldPlacedBefore(kind, step)) order.PlaceHold(kind, hold.ToString(), ctx.Now, Workflow, step);
                }
                if (order.HoldsBack(step)) return;
                await RunAsync(step, order, ctx, ct);
                if (order.Status == OrderStatus.Cancelled) return;
                order.CompleteStep(step, workflow.StepAfter(step), ctx.Now);
            }
        }
        if (order.NextStep is null) await ReleaseDueAsync(order, ctx, ct);
    }

    /// <summary>Releases what is due; at a location's cut-off when the release mode says so.</summary>
    public async Task<int> ReleaseDueAsync(Order order, CommandContext ctx, CancellationToken ct)
    {
        if (order.ReleaseAfter is not { } after || after > ctx.Now || order.HasActiveHold) return 0;
        if (options.Value.Release.Mode != ReleaseMode.CutOff) return order.ReleaseDue(ctx.Now, Workflow);
        var locations = await LineSourcer.LocationsAsync(ctx.Db, ct);
        return order.ReleaseDue(ctx.Now, Workflow, fo => !locations.TryGetValue(fo.LocationCode, out var l)
            || l.NextCutOffAfter(fo.CreatedAt) is not { } cut || cut <= ctx.Now);
    }

    /// <summary>The workflow an order started with: its entry in the definition version it recorded.</summary>
    public static async Task<ResolvedWorkflow> ResolveAsync(OmsDbContext db, Order order, CancellationToken ct)
    {
        var id = order.WorkflowId ?? throw new InvalidOperationException($"Order {order.Number} has not started a workflow.");
        var at = id.LastIndexOf('@');
        var entryName = id[..at];
        var version = int.Parse(id[(at + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var definition = version == 0
            ? OrderWorkflowDefinition.Default
            : ReferenceSnapshot.ParsedOnce(await db.ConfigurationVersions.AsNoTracking()
                .FirstAsync(c => c.Kind == ProcessConfiguration.OrderWorkflows && c.Key == ProcessConfiguration.Key && c.Version == version, ct),
                v => OrderWorkflowsDocuments.Read(v.Document).WithVersion(v.Version));
        var entry = definition.Entries.First(e => e.Name == entryName);
        return new ResolvedWorkflow(entry.Name, version, entry.Steps, entry.Holds);
    }

    private async Task RunAsync(WorkflowStep step, Order order, CommandContext ctx, CancellationToken ct)
    {
        switch (step)
        {
            case WorkflowStep.FraudCheck:
                var rules = await ctx.Db.FraudRulesAsync(ct);
                var first = ctx.FirstOrders.Contains(order.Id);
                var facts = ctx.FraudHistories.TryGetValue(order.Id, out var history)
                    ? FraudFactsQuery.Facts(order, rules, ctx.Now, history, first)
                    : await FraudFactsQuery.GatherAsync(ctx.Db, order, rules, ctx.Now, ct, first);
                ctx.Apply(order, order.RecordFraudAssessment(FraudScorer.Assess(rules, facts), ctx.Now), "rejected by the fraud check");
                break;
            case WorkflowStep.PaymentAuthorisation:
                order.StartAuthorisation(ctx.Now, Workflow);
                break;
            case WorkflowStep.Sourcing:
                await sourcer.SourceAsync(order, ctx, ct);
                break;
            case WorkflowStep.Release:
                // A person who lifted a manual-release hold has decided: no further window.
                var window = options.Value.Release.Mode == ReleaseMode.Immediate || order.HoldPlacedBefore(HoldKind.ManualRelease, WorkflowStep.Release)
                    ? 0 : options.Value.Release.CancellationWindowMinutes;
                order.ScheduleRelease(ctx.Now.AddMinutes(Math.Max(0, window)), ctx.Now, Workflow);
                break;
        }
    }
}
