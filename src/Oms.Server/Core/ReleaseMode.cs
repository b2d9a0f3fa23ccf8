namespace Oms.Server.Core;

public enum ReleaseMode
{
    /// <summary>After the cancellation window (0 minutes: at once).</summary>
    Window,
    /// <summary>As soon as the order is allocated and on no hold.</summary>
    Immediate,
    /// <summary>At each location's daily cut-off (a wave), and not before the cancellation window; locations without one use the window.</summary>
    CutOff,
}
