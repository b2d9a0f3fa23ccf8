using Oms.Domain.OrderWorkflows;

namespace Oms.Server.Core.Configuration.Documents.Workflows;

/// <summary>
/// The order workflow definition and its document, both ways. Reading validates (400), then builds the model, whose
/// constructors refuse what breaks its rules (422, each under its path: <c>entries[1].steps[3]</c>); writing gives the
/// canonical text: fixed property order, sets sorted, empty settings left out.
/// </summary>
public static class OrderWorkflowsDocuments
{
    private const string What = "order workflow definition";
    private static readonly OrderWorkflowsDocumentValidator Validator = new();

    /// <summary>A stored version.</summary>
    public static OrderWorkflowDefinition Read(string json) => ToModel(DocumentJson.Read<OrderWorkflowsDocument>(json, What));

    public static string Write(OrderWorkflowDefinition definition) => DocumentJson.Write(ToDocument(definition));

    /// <summary>The definition a document describes; with <paramref name="knownChannels"/>, codes naming no channel are refused too.</summary>
    public static OrderWorkflowDefinition ToModel(OrderWorkflowsDocument? document, IReadOnlyCollection<string>? knownChannels = null)
    {
        var d = Validator.Check(document, "", "The order workflows are a JSON object with entries.");
        var errors = new ModelErrors(What);
        var entries = d.Entries!.Select((e, i) =>
        {
            var at = $"entries[{i}]";
            KnownChannels.Check(e!.Channels, $"{at}.channels", knownChannels, errors);
            var holds = (e.Holds ?? []).Select((h, j) => errors.Build($"{at}.holds[{j}]", () => Hold(h!))).ToList();
            return holds.Any(h => h is null) ? null
                : errors.Build(at, () => new WorkflowEntry(e.Name!, e.Channels, e.OrderTypes, e.Steps!, [.. holds.OfType<WorkflowHold>()]));
        }).ToList();
        return errors.Finish("", () => new OrderWorkflowDefinition([.. entries.OfType<WorkflowEntry>()]));
    }

    public static OrderWorkflowsDocument ToDocument(OrderWorkflowDefinition definition) => new([.. definition.Entries.Select(e =>
        new WorkflowEntryDocument(e.Name, e.Channels.Count > 0 ? e.Channels : null, e.OrderTypes.Count > 0 ? e.OrderTypes : null, e.Steps,
            e.Holds.Count > 0 ? [.. e.Holds.Select(Hold)] : null))]);

    private static WorkflowHold Hold(WorkflowHoldDocument h) => h switch
    {
        ManualApprovalHold a => WorkflowHold.ManualApproval(a.Before!.Value, a.TotalAbove),
        ManualReleaseHold => WorkflowHold.ManualRelease,
        PayInStoreHold => WorkflowHold.PayInStore,
        _ => throw new InvalidOperationException($"No model for hold {h.GetType().Name}."),
    };

    private static WorkflowHoldDocument Hold(WorkflowHold h) => h.Kind switch
    {
        WorkflowHoldKind.ManualApproval => new ManualApprovalHold(h.Before,
            h.TotalAbove.Count > 0 ? new SortedDictionary<string, decimal>(h.TotalAbove.ToDictionary(), StringComparer.Ordinal) : null),
        WorkflowHoldKind.ManualRelease => new ManualReleaseHold(),
        _ => new PayInStoreHold(),
    };
}
