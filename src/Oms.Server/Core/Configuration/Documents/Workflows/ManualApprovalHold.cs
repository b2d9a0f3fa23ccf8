using System.Text.Json.Serialization;
using Oms.Domain.OrderWorkflows;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Workflows;

/// <summary>A person approves the order before a step, optionally only above a total.</summary>
/// <param name="Before">The step the order waits before; the entry must run it.</param>
/// <param name="TotalAbove">Amount per ISO 4217 currency code; left out: every order (an order in an unlisted currency is held).</param>
[RequiredFields("before")]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ManualApprovalHold(WorkflowStep? Before, IReadOnlyDictionary<string, decimal>? TotalAbove = null) : WorkflowHoldDocument;
