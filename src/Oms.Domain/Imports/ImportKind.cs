using Oms.Domain.Common;

namespace Oms.Domain.Imports;

public enum ImportKind { Products, Locations, Stock }
