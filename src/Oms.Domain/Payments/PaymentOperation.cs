namespace Oms.Domain.Payments;

public enum PaymentOperation { Authorise, Capture, Void, Refund }
