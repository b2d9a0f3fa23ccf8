namespace Oms.Server.Core.Stock;

public enum BelowZeroPolicy
{
    /// <summary>On-hand goes negative: the books show how far off they are until the store recounts.</summary>
    Negative,
    /// <summary>On-hand stops at zero.</summary>
    Clamp,
}
