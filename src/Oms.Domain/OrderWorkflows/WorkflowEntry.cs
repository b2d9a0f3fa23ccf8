using Oms.Domain.Orders;
using static Oms.Domain.OrderWorkflows.WorkflowStep;

namespace Oms.Domain.OrderWorkflows;

/// <summary>
/// One entry of an <see cref="OrderWorkflowDefinition"/>: for which channels and order types it applies, the steps
/// it runs in order, and its holds. No channels means every channel, no order types every type; an entry with
/// neither is the default. The constructor refuses an entry that breaks a rule, naming every field at fault.
/// </summary>
public sealed record WorkflowEntry
{
    public WorkflowEntry(string name, IReadOnlyList<string>? channels, IReadOnlyList<OrderType>? orderTypes,
        IReadOnlyList<WorkflowStep> steps, IReadOnlyList<WorkflowHold>? holds = null)
    {
        var errors = new ConfigErrors();
        if (string.IsNullOrWhiteSpace(name)) errors.Add("name", "name is required.");
        // The order keeps name@version as its workflow id.
        else if (name.Trim().Length > MaxName) errors.Add("name", $"name must be at most {MaxName} characters.");
        Name = name?.Trim() ?? "";
        Channels = ChannelCodes.Normalize(channels, "channels", errors);
        foreach (var t in orderTypes ?? [])
            if (!Enum.IsDefined(t)) errors.Add("orderTypes", $"Unknown order type {t}.");
        OrderTypes = [.. (orderTypes ?? []).Distinct().Order()];
        Steps = [.. steps];
        Holds = [.. (holds ?? []).OrderBy(h => h.Kind)];
        CheckSteps(Steps, errors);
        CheckHolds(holds ?? [], Steps, errors);
        errors.ThrowIfAny($"The workflow entry '{Name}'");
    }

    public const int MaxName = 100;

    /// <summary>Names the entry on the order and its timeline (<c>web-default@3</c>).</summary>
    public string Name { get; }
    /// <summary>Channel codes, compared case-insensitively; empty: every channel.</summary>
    public IReadOnlyList<string> Channels { get; }
    /// <summary>Empty: every order type.</summary>
    public IReadOnlyList<OrderType> OrderTypes { get; }
    public IReadOnlyList<WorkflowStep> Steps { get; }
    public IReadOnlyList<WorkflowHold> Holds { get; }

    public bool IsDefault => Channels.Count == 0 && OrderTypes.Count == 0;

    /// <summary>3: channel and order type; 2: channel; 1: order type; 0: the default. Higher wins.</summary>
    public int Specificity => (Channels.Count > 0 ? 2 : 0) + (OrderTypes.Count > 0 ? 1 : 0);

    public bool Matches(string channel, OrderType type)
        => (Channels.Count == 0 || Channels.Contains(channel, ChannelCodes.Comparer))
           && (OrderTypes.Count == 0 || OrderTypes.Contains(type));

    /// <summary>Whether some order could match both entries (an order both could claim at the same specificity is ambiguous).</summary>
    public bool Overlaps(WorkflowEntry other)
        => (Channels.Count == 0 || other.Channels.Count == 0 || Channels.Intersect(other.Channels, ChannelCodes.Comparer).Any())
           && (OrderTypes.Count == 0 || other.OrderTypes.Count == 0 || OrderTypes.Intersect(other.OrderTypes).Any());

    private static void CheckSteps(IReadOnlyList<WorkflowStep> steps, ConfigErrors errors)
    {
        var seen = new HashSet<WorkflowStep>();
        for (var i = 0; i < steps.Count; i++)
        {
            if (!Enum.IsDefined(steps[i])) errors.Add($"steps[{i}]", $"Unknown step {steps[i]}.");
            else if (!seen.Add(steps[i])) errors.Add($"steps[{i}]", $"{ConfigNames.Of(steps[i])} is listed twice.");
        }
        int At(WorkflowStep s) => steps.ToList().IndexOf(s);
        var (validation, fraud, payment, sourcing, release) = (At(Validation), At(FraudCheck), At(PaymentAuthorisation), At(WorkflowStep.Sourcing), At(Release));

        // Every order must get stock and reach fulfilment; which other steps run is the retailer's choice.
        if (sourcing < 0) errors.Add("steps", "sourcing is required: every order is sourced.");
        if (release < 0) errors.Add("steps", "release is required: every order is released to fulfilment (add a manualRelease hold to release by hand).");
        if (release >= 0 && sourcing > release) errors.Add($"steps[{release}]", "release must come after sourcing: only sourced lines can be released.");
        if (release >= 0 && release != steps.Count - 1) errors.Add($"steps[{release}]", "release must be the last step: nothing may be checked after goods have gone to fulfilment.");
        if (payment >= 0 && validation > payment) errors.Add($"steps[{payment}]", "paymentAuthorisation must not come before validation: an invalid order must not be charged.");
        if (fraud >= 0 && payment >= 0 && fraud > payment) errors.Add($"steps[{fraud}]", "fraudCheck must come before paymentAuthorisation: a fraudulent order must not be authorised.");
    }

    private static void CheckHolds(IReadOnlyList<WorkflowHold> holds, IReadOnlyList<WorkflowStep> steps, ConfigErrors errors)
    {
        var seen = new HashSet<WorkflowHoldKind>();
        for (var i = 0; i < holds.Count; i++)
        {
            var hold = holds[i];
            var kind = ConfigNames.Of(hold.Kind);
            if (!seen.Add(hold.Kind)) errors.Add($"holds[{i}]", $"{kind} is listed twice.");
            if (hold.Before is { } before && !steps.Contains(before))
                errors.Add($"holds[{i}].before", $"{kind} waits before {ConfigNames.Of(before)}, which this entry does not run.");
            if (hold.Kind == WorkflowHoldKind.PayInStore && steps.Contains(PaymentAuthorisation))
                errors.Add($"holds[{i}]", "payInStore takes the payment at collection, so the entry must not also run paymentAuthorisation.");
        }
    }
}
