namespace Oms.Domain.Common;

/// <summary>
/// Text the OMS composes from other text (a reason after "cancelled: ", the rules a fraud score matched) is cut to what
/// is kept, so that no configuration or client value can make it unstorable.
/// </summary>
public static class TextLimit
{
    /// <summary>At most <paramref name="max"/> characters, ending with "…" when cut, never half a surrogate pair.</summary>
    public static string Clip(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max) return text;
        var keep = char.IsHighSurrogate(text[max - 2]) ? max - 2 : max - 1;
        return text[..keep] + "…";
    }
}
