namespace Oms.Domain.Imports;

public enum ImportFormat { Csv, Json }
