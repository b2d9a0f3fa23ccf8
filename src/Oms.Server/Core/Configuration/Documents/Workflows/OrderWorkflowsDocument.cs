using System.Text.Json.Serialization;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Workflows;

/// <summary>
/// The order workflows: per channel and order type, the steps an order runs and its holds. The most specific matching
/// entry wins (channel and type, channel, type, the default). Unknown properties are refused.
/// </summary>
/// <param name="Entries">At least one; names unique; at most one default entry (no channels, no order types).</param>
[RequiredFields("entries")]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record OrderWorkflowsDocument(IReadOnlyList<WorkflowEntryDocument?>? Entries);
