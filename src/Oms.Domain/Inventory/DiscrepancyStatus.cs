namespace Oms.Domain.Inventory;

public enum DiscrepancyStatus { Open, Resolved }
