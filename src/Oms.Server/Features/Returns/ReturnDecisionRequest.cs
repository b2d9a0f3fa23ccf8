using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Returns;

/// <summary>Why: required to reject or cancel a return, an optional note to approve it. Shown on the return's timeline.</summary>
[RequiredFields]
public sealed record ReturnDecisionRequest(string? Reason);
