namespace Oms.Domain.Orders;

public enum OrderType { Standard, PreOrder, BackOrder, ReserveAndCollect, MakeToOrder, Service }
