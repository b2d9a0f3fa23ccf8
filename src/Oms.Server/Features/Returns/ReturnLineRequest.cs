using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Returns;

/// <summary>Units of one order line that come back.</summary>
[RequiredFields("orderLineId", "quantity")]
public sealed record ReturnLineRequest(Guid? OrderLineId, int? Quantity);
