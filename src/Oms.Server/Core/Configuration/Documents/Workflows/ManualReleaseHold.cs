using System.Text.Json.Serialization;

namespace Oms.Server.Core.Configuration.Documents.Workflows;

/// <summary>After sourcing, the order waits for a person to release it to fulfilment.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ManualReleaseHold : WorkflowHoldDocument;
