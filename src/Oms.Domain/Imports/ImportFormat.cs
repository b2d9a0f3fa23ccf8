using Oms.Domain.Common;

namespace Oms.Domain.Imports;

public enum ImportFormat { Csv, Json }
