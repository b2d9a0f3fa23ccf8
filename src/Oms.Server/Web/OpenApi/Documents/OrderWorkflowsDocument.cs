using System.Text.Json.Serialization;
using Oms.Domain.Orders;
using Oms.Domain.OrderWorkflows;

namespace Oms.Server.Web.OpenApi.Documents;

/// <summary>
/// The order workflows (<c>Oms.Domain.OrderWorkflows.WorkflowDefinitionJson</c> reads it): per channel and order type, the
/// steps an order runs and its holds. The most specific matching entry wins (channel and type, channel, type, the default).
/// Unknown properties are refused.
/// </summary>
/// <param name="Entries">At least one; names unique; at most one default entry (no channels, no order types).</param>
public sealed record OrderWorkflowsDocument(IReadOnlyList<WorkflowEntryDocument> Entries);

/// <summary>One workflow: for which orders, which steps in which order, which holds.</summary>
/// <param name="Name">Names the workflow on the order and its timeline (<c>web-default@3</c>).</param>
/// <param name="Channels">Channel codes; left out: every channel.</param>
/// <param name="OrderTypes">Left out: every order type.</param>
/// <param name="Steps">In order; must include <c>sourcing</c> and end with <c>release</c>; <c>fraudCheck</c> before
/// <c>paymentAuthorisation</c>, <c>validation</c> before <c>paymentAuthorisation</c>.</param>
/// <param name="Holds">Each kind at most once.</param>
public sealed record WorkflowEntryDocument(string Name, IReadOnlyList<WorkflowStep> Steps, IReadOnlyList<string>? Channels = null,
    IReadOnlyList<OrderType>? OrderTypes = null, IReadOnlyList<WorkflowHoldDocument>? Holds = null);

/// <summary>A hold of a workflow entry, named by <c>type</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ManualApprovalHold), "manualApproval")]
[JsonDerivedType(typeof(ManualReleaseHold), "manualRelease")]
[JsonDerivedType(typeof(PayInStoreHold), "payInStore")]
public abstract record WorkflowHoldDocument;

/// <summary>A person approves the order before a step, optionally only above a total.</summary>
/// <param name="Before">The step the order waits before; the entry must run it.</param>
/// <param name="TotalAbove">Amount per ISO 4217 currency code; left out: every order (an order in an unlisted currency is held).</param>
public sealed record ManualApprovalHold(WorkflowStep Before, IReadOnlyDictionary<string, decimal>? TotalAbove = null) : WorkflowHoldDocument;

/// <summary>After sourcing, the order waits for a person to release it to fulfilment.</summary>
public sealed record ManualReleaseHold : WorkflowHoldDocument;

/// <summary>Reserve and collect: paid at the till on collection (the entry must not run <c>paymentAuthorisation</c>).</summary>
public sealed record PayInStoreHold : WorkflowHoldDocument;
