using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Returns.Customer;

/// <summary>Units of one order line (its number on the page) that come back.</summary>
[RequiredFields("lineNumber", "quantity")]
public sealed record CustomerReturnLine(int? LineNumber, int? Quantity);
