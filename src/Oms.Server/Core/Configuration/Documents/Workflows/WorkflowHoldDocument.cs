using System.Text.Json.Serialization;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Workflows;

/// <summary>A hold of a workflow entry, named by <c>type</c>.</summary>
[RequiredFields]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ManualApprovalHold), "manualApproval")]
[JsonDerivedType(typeof(ManualReleaseHold), "manualRelease")]
[JsonDerivedType(typeof(PayInStoreHold), "payInStore")]
public abstract record WorkflowHoldDocument;
