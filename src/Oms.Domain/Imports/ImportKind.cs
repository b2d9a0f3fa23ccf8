namespace Oms.Domain.Imports;

public enum ImportKind { Products, Locations, Stock }
