namespace Oms.Domain.Payments;

public enum PaymentMethod { Card, GiftCard, StoreCredit, Cash, PosCard, Invoice }
