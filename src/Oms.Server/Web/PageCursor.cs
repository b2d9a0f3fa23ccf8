using System.Buffers.Text;
using System.Globalization;
using System.Text;
using FluentValidation;
using FluentValidation.Results;

namespace Oms.Server.Web;

/// <summary>A position in a list ordered by a time and an id (the tie-breaker), as an opaque url-safe string.</summary>
public readonly record struct PageCursor(DateTime At, Guid Id)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{At.Ticks.ToString(CultureInfo.InvariantCulture)}.{Id:N}"));

    /// <summary>Null for no cursor; a 400 naming <c>cursor</c> when it is not one this server made.</summary>
    public static PageCursor? Parse(string? cursor)
    {
        if (string.IsNullOrWhiteSpace(cursor)) return null;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor.Trim()));
            var dot = text.IndexOf('.', StringComparison.Ordinal);
            if (dot > 0 && long.TryParse(text[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks is >= 0 and <= 3155378975999999999 && Guid.TryParseExact(text[(dot + 1)..], "N", out var id))
                return new PageCursor(new DateTime(ticks, DateTimeKind.Utc), id);
        }
        catch (FormatException)
        {
            // Falls through to the field error.
        }
        throw new ValidationException([new ValidationFailure("cursor",
            "cursor is not a cursor from this list: pass the nextCursor of the previous page.")]);
    }

    /// <summary>The page size asked for, checked: 1 to <see cref="MaxLimit"/>, <see cref="DefaultLimit"/> when not given.</summary>
    public static int Limit(int? limit) => limit switch
    {
        null => DefaultLimit,
        >= 1 and <= MaxLimit => limit.Value,
        _ => throw new ValidationException([new ValidationFailure("limit", $"limit must be between 1 and {MaxLimit}.")]),
    };

    /// <summary>Cuts the extra item a query read to know whether there is a next page.</summary>
    public static CursorPage<TOut> Page<TIn, TOut>(List<TIn> rows, int limit, Func<TIn, PageCursor> key, Func<TIn, TOut> map)
    {
        var more = rows.Count > limit;
        var items = more ? rows.Take(limit).ToList() : rows;
        return new CursorPage<TOut>([.. items.Select(map)], more ? key(items[^1]).Encode() : null);
    }
}
