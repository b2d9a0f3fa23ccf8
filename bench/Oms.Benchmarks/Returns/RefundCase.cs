using Oms.Domain.Returns;

namespace Oms.Benchmarks.Returns;

/// <summary>
/// One refund the pure domain code works out: the calculator's input, then the instruments and policy the total is
/// allocated over. <see cref="Run"/> is what a receipt does per return, without the database.
/// </summary>
internal sealed record RefundCase(string Name, RefundInput Input, IReadOnlyList<RefundInstrument> Instruments,
    RefundAllocationPolicy Policy)
{
    public RefundAllocationResult Run()
    {
        var calculation = RefundCalculator.Calculate(Input);
        return RefundAllocation.Allocate(calculation.Total, calculation.Currency, Instruments, Policy);
    }
}
