using System.Text.Json;
using Oms.Domain.Orders;

namespace Oms.Domain.OrderWorkflows;

/// <summary>
/// The order workflow document. Shape (types, required and unknown properties, step and order type names) is
/// checked here; the rules of the model by the constructors, whose errors are filed under the entry's path.
/// <code>
/// { "entries": [ { "name": "b2b-large", "channels": ["b2b"], "orderTypes": ["standard"],
///                  "steps": ["validation", "sourcing", "release"],
///                  "holds": [ { "type": "manualApproval", "before": "sourcing", "totalAbove": { "EUR": 10000 } } ] } ] }
/// </code>
/// </summary>
internal static class WorkflowDefinitionJson
{
    public static OrderWorkflowDefinition Read(string json, IReadOnlyCollection<string>? knownChannels)
        => ConfigDocument.Read(json, "order workflow", root => ReadRoot(root, knownChannels));

    private static OrderWorkflowDefinition? ReadRoot(ConfigFields root, IReadOnlyCollection<string>? knownChannels)
    {
        if (!root.IsObject()) return null;
        root.RejectUnknown("entries");
        var errors = root.Errors;
        var entries = (root.Array("entries", required: true) ?? []).Select(e => ReadEntry(e, knownChannels)).ToList();
        if (errors.Count > 0) return null;
        return errors.Build("", () => new OrderWorkflowDefinition(entries.OfType<WorkflowEntry>().ToList()));
    }

    private static WorkflowEntry? ReadEntry(ConfigFields e, IReadOnlyCollection<string>? knownChannels)
    {
        if (!e.IsObject()) return null;
        var errors = e.Errors;
        var before = errors.Count;
        e.RejectUnknown("name", "channels", "orderTypes", "steps", "holds");
        var name = e.String("name", required: true);
        var channels = e.Strings("channels");
        ChannelCodes.CheckKnown(channels, e.At("channels"), knownChannels, errors);
        var types = e.Enums<OrderType>("orderTypes");
        var steps = e.Enums<WorkflowStep>("steps", required: true);
        var holds = (e.Array("holds") ?? []).Select(ReadHold).ToList();
        if (errors.Count > before) return null;
        return errors.Build(e.Path, () => new WorkflowEntry(name!, channels, types, steps!, holds.OfType<WorkflowHold>().ToList()));
    }

    private static WorkflowHold? ReadHold(ConfigFields h)
    {
        if (!h.IsObject()) return null;
        var errors = h.Errors;
        var before = errors.Count;
        var kind = h.Enum<WorkflowHoldKind>("type", required: true);
        switch (kind)
        {
            case WorkflowHoldKind.ManualApproval:
                h.RejectUnknown("type", "before", "totalAbove");
                var step = h.Enum<WorkflowStep>("before", required: true);
                var amounts = h.Amounts("totalAbove");
                return errors.Count > before ? null : errors.Build(h.Path, () => WorkflowHold.ManualApproval(step!.Value, amounts));
            case WorkflowHoldKind.ManualRelease:
                h.RejectUnknown("type");
                return errors.Count > before ? null : WorkflowHold.ManualRelease;
            case WorkflowHoldKind.PayInStore:
                h.RejectUnknown("type");
                return errors.Count > before ? null : WorkflowHold.PayInStore;
            default:
                return null;
        }
    }

    public static string Write(OrderWorkflowDefinition definition) => ConfigDocument.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("entries");
        foreach (var entry in definition.Entries) WriteEntry(w, entry);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void WriteEntry(Utf8JsonWriter w, WorkflowEntry e)
    {
        w.WriteStartObject();
        w.WriteString("name", e.Name);
        if (e.Channels.Count > 0) ConfigDocument.WriteStrings(w, "channels", e.Channels);
        if (e.OrderTypes.Count > 0) ConfigDocument.WriteStrings(w, "orderTypes", e.OrderTypes.Select(ConfigNames.Of));
        ConfigDocument.WriteStrings(w, "steps", e.Steps.Select(ConfigNames.Of));
        if (e.Holds.Count > 0)
        {
            w.WriteStartArray("holds");
            foreach (var h in e.Holds)
            {
                w.WriteStartObject();
                w.WriteString("type", ConfigNames.Of(h.Kind));
                if (h.Kind == WorkflowHoldKind.ManualApproval) w.WriteString("before", ConfigNames.Of(h.Before!.Value));
                if (h.TotalAbove.Count > 0) ConfigDocument.WriteAmounts(w, "totalAbove", h.TotalAbove);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }
}
