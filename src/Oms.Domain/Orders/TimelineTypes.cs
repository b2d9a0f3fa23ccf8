namespace Oms.Domain.Orders;

/// <summary>
/// Timeline entry types are <c>entity.event</c> in lower-case kebab-case (<c>line.ready-for-pickup</c>,
/// <c>order.status-changed</c>); the event catalogue publishes them under the same names.
/// </summary>
public static class TimelineTypes
{
    public static string Line(LineStatus reached) => $"line.{Kebab(reached.ToString())}";

    /// <summary><c>ReadyForPickup</c> → <c>ready-for-pickup</c>.</summary>
    public static string Kebab(string pascal)
    {
        var b = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0) b.Append('-');
            b.Append(char.ToLowerInvariant(c));
        }
        return b.ToString();
    }
}
