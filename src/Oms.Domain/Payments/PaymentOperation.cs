using Oms.Domain.Common;

namespace Oms.Domain.Payments;

public enum PaymentOperation { Authorise, Capture, Void, Refund }
