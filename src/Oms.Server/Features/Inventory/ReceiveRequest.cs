using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Inventory;

[RequiredFields]
public sealed record ReceiveRequest(int? Quantity);
