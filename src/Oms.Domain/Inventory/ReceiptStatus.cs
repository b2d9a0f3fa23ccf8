namespace Oms.Domain.Inventory;

public enum ReceiptStatus { Open, Received, Cancelled }
