using Oms.Domain.Orders;

namespace Oms.Server.Core.Events;

public sealed record FulfilmentOrderRef(Guid Id, string Number, string Location, DeliveryMethod DeliveryMethod,
    FulfilmentOrderStatus Status, string? TransferTo)
{
    public static FulfilmentOrderRef From(FulfilmentOrder f)
        => new(f.Id, f.Number, f.LocationCode, f.DeliveryMethod, f.Status, f.TransferTo);
}
