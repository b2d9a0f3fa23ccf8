using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Returns;

/// <summary>Units checked in at <c>location</c> (which must be one of the caller's locations when the caller is bound to some).</summary>
[RequiredFields("location", "units")]
public sealed record ReceiveReturnRequest(string? Location, IReadOnlyList<ReceivedUnitsRequest>? Units);
