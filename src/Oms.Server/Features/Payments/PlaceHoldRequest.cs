using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Payments;

/// <summary>A person's hold: <c>kind</c> is manualApproval (the default) or manualRelease; <c>reason</c> is kept on the hold.</summary>
[RequiredFields("reason")]
public sealed record PlaceHoldRequest(string? Reason, string? Kind = null);
