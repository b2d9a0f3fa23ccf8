using BenchmarkDotNet.Attributes;
using Oms.Benchmarks.Returns;
using Oms.Domain.Returns;

namespace Oms.Benchmarks.Micro;

/// <summary>
/// The refund a receipt works out, as pure domain code: <see cref="RefundCalculator.Calculate"/> then
/// <see cref="RefundAllocation.Allocate"/> over the cases of <see cref="RefundCases"/>. Means and allocations; the
/// per-call median and p99 come from the <c>refunds</c> command, which times calls one by one. Public and unsealed
/// because BenchmarkDotNet derives from benchmark classes.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RefundBenchmarks
{
    private static readonly IReadOnlyList<RefundCase> Cases = RefundCases.All;

    [Benchmark]
    public RefundAllocationResult OneLineOneUnit() => Cases[0].Run();

    [Benchmark]
    public RefundAllocationResult FiveLinesRestOfPartialReturn() => Cases[1].Run();

    [Benchmark]
    public RefundAllocationResult TwentyLinesWholeOrderThreeInstruments() => Cases[2].Run();
}
