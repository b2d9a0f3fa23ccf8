namespace Oms.Server.Features.Kpis;

/// <summary>
/// Units returned for one reason or of one product, against the units that reached the customer (of that product, or in all
/// for a reason); <see cref="Rate"/> is returned ÷ sold, four decimals.
/// </summary>
public sealed record KpiReturnRow(string Key, long ReturnedUnits, long SoldUnits, decimal? Rate);
