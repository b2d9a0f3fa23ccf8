using Oms.Domain.Returns;
using Oms.Server.Features.Returns;
using Oms.Server.Features.Returns.Exchanges;

namespace Oms.Server.Tests.Returns;

/// <summary>Exchange requests built from the return steps' requests.</summary>
internal static class ExchangeSteps
{
    public static ReturnRequest ForItems(this ReturnRequest request, params ReplacementRequest[] replacements)
        => request with { Kind = ReturnKind.Exchange, Replacements = replacements };

    public static ReplacementRequest Replacement(string sku, int quantity = 1, decimal? unitPrice = null) => new(sku, quantity, unitPrice);
}
