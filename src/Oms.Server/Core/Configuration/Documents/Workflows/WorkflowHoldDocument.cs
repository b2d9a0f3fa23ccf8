using System.Text.Json.Serialization;

namespace Oms.Server.Core.Configuration.Documents.Workflows;

/// <summary>A hold of a workflow entry, named by <c>type</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ManualApprovalHold), "manualApproval")]
[JsonDerivedType(typeof(ManualReleaseHold), "manualRelease")]
[JsonDerivedType(typeof(PayInStoreHold), "payInStore")]
public abstract record WorkflowHoldDocument;
