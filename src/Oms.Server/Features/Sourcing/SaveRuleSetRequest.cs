using System.Text.Json;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Sourcing;

/// <summary>
/// A new version of a key's rule set. <see cref="Document"/> is read into its type by the endpoint, so that a shape error
/// names its path in the document (<c>filters[1].type</c>); left out: refused. <see cref="Activate"/> defaults to true.
/// </summary>
[RequiredFields("document")]
public sealed record SaveRuleSetRequest(JsonElement? Document, string? Comment, bool? Activate);
