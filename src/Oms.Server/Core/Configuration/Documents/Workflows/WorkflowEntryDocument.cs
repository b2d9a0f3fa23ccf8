using System.Text.Json.Serialization;
using Oms.Domain.OrderWorkflows;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Workflows;

/// <summary>One workflow: for which orders, which steps in which order, which holds.</summary>
/// <param name="Name">Names the workflow on the order and its timeline (<c>web-default@3</c>).</param>
/// <param name="Channels">Channel codes; left out: every channel.</param>
/// <param name="OrderTypes">Left out: every order type.</param>
/// <param name="Steps">In order; must include <c>sourcing</c> and end with <c>release</c>; <c>fraudCheck</c> before
/// <c>paymentAuthorisation</c>, <c>validation</c> before <c>paymentAuthorisation</c>.</param>
/// <param name="Holds">Each kind at most once.</param>
[RequiredFields("name", "steps")]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record WorkflowEntryDocument(string? Name, IReadOnlyList<string>? Channels = null, IReadOnlyList<OrderType>? OrderTypes = null,
    IReadOnlyList<WorkflowStep>? Steps = null, IReadOnlyList<WorkflowHoldDocument?>? Holds = null);
