using System.Buffers.Text;
using System.Text;
using Oms.Server.Core.Json;

namespace Oms.Server.Web;

/// <summary>A position in a list ordered by a unique text key (a SKU, a location code), as an opaque url-safe string.</summary>
public static class KeyCursor
{
    private const string Prefix = "k:";

    public static string Encode(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + key));

    /// <summary>Null for no cursor; a 400 naming <c>cursor</c> when it is not one this server made.</summary>
    public static string? Parse(string? cursor)
    {
        if (string.IsNullOrWhiteSpace(cursor)) return null;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor.Trim()));
            if (text.StartsWith(Prefix, StringComparison.Ordinal) && text.Length <= 300 && TextRules.IsStorable(text))
                return text[Prefix.Length..];
        }
        catch (FormatException)
        {
            // Falls through to the field error.
        }
        throw QueryValues.Invalid("cursor", "cursor is not a cursor from this list: pass the nextCursor of the previous page.");
    }

    /// <summary>Cuts the extra item a query read to know whether there is a next page.</summary>
    public static CursorPage<TOut> Page<TIn, TOut>(List<TIn> rows, int limit, Func<TIn, string> key, Func<TIn, TOut> map)
    {
        var more = rows.Count > limit;
        var items = more ? rows.Take(limit).ToList() : rows;
        return new CursorPage<TOut>([.. items.Select(map)], more ? Encode(key(items[^1])) : null);
    }
}
