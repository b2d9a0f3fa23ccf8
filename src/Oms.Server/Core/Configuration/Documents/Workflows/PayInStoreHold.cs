using System.Text.Json.Serialization;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Workflows;

/// <summary>Reserve and collect: paid at the till on collection (the entry must not run <c>paymentAuthorisation</c>).</summary>
[RequiredFields]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PayInStoreHold : WorkflowHoldDocument;
