using Oms.Domain.Common;

namespace Oms.Domain.OrderWorkflows;

/// <summary>
/// The workflow one order runs: the entry's steps and holds, from one version of the definition. The order stores
/// <see cref="Id"/> (<c>web-default@3</c>) and keeps it for its whole life: a definition changed while it runs applies
/// to the next order only.
/// </summary>
public sealed record ResolvedWorkflow(string EntryName, int Version, IReadOnlyList<WorkflowStep> Steps, IReadOnlyList<WorkflowHold> Holds)
{
    /// <summary>Entry name and definition version, e.g. <c>pos@3</c>; version 0 is the built-in default, never stored.</summary>
    public string Id => $"{EntryName}@{Version}";

    public bool Runs(WorkflowStep step) => Steps.Contains(step);

    /// <summary>The step after <paramref name="current"/>, the first step when it is null, or null when the pipeline is done.</summary>
    public WorkflowStep? StepAfter(WorkflowStep? current)
    {
        if (current is { } c && !Runs(c)) throw new InvalidOperationException($"Workflow {Id} does not run {c}.");
        var next = current is { } s ? Steps.ToList().IndexOf(s) + 1 : 0;
        return next < Steps.Count ? Steps[next] : null;
    }

    /// <summary>The holds an order with this total waits on before <paramref name="step"/> runs (a person must lift each).</summary>
    public IReadOnlyList<WorkflowHold> HoldsBefore(WorkflowStep step, Money orderTotal)
        => [.. Holds.Where(h => h.Before == step && h.AppliesTo(orderTotal))];

    /// <summary>Reserve-and-collect: no online authorisation; the payment is taken at collection.</summary>
    public bool PaysInStore => Holds.Any(h => h.Kind == WorkflowHoldKind.PayInStore);

    public override string ToString()
        => $"{Id}: {string.Join(" → ", Steps.Select(ConfigNames.Of))}{(Holds.Count > 0 ? $"; holds: {string.Join(", ", Holds)}" : "")}";
}
