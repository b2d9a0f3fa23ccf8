using Oms.Domain.Returns;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Returns;

/// <summary>
/// Units of one return line with the same disposition: <c>restock</c> makes them sellable stock at the receiving location
/// at once; <c>writeOff</c>, <c>returnToVendor</c>, <c>needsInspection</c>, <c>missing</c> and <c>wrongItem</c> do not.
/// </summary>
[RequiredFields("returnLineId", "quantity", "disposition")]
public sealed record ReceivedUnitsRequest(Guid? ReturnLineId, int? Quantity, Disposition? Disposition, string? Note = null);
