namespace Oms.Ui.Api.Models;

/// <summary>Units returned for a reason or of a product, of the units sold.</summary>
public sealed record KpiReturnRow(string Key, long ReturnedUnits, long SoldUnits, decimal? Rate);
