namespace Oms.Ui.Api.Models;

/// <summary>Orders and revenue of one UTC day in one channel.</summary>
public sealed record KpiDay(string Day, string Channel, long Orders, decimal Revenue);
