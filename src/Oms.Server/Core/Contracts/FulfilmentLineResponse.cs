using Oms.Domain.Orders;

namespace Oms.Server.Core.Contracts;

public sealed record FulfilmentLineResponse(Guid LineId, int LineNumber, string Sku, int Quantity, LineStatus Status);
