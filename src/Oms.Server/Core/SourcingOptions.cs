namespace Oms.Server.Core;

public sealed class SourcingOptions
{
    /// <summary>The location the fixed rule tries first for shipped lines.</summary>
    public string CentralLocation { get; set; } = "DC-CENTRAL";
    /// <summary>Share (0–100 %) of an expected receipt that may be sold before the goods arrive.</summary>
    public int PreorderLimitPercent { get; set; } = 100;
}
