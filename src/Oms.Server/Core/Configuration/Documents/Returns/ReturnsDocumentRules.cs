using Oms.Domain.Common;

namespace Oms.Server.Core.Configuration.Documents.Returns;

/// <summary>The checks the returns documents share: tables keyed by channel, lists of codes, amounts per currency.</summary>
internal static class ReturnsDocumentRules
{
    /// <summary>
    /// A table keyed by channel code, keys trimmed: a code given twice (codes compare case-insensitively) or, with
    /// <paramref name="known"/>, naming no channel is filed under <c>{path}.{code}</c> and left out.
    /// </summary>
    public static Dictionary<string, T> Channels<T>(IReadOnlyDictionary<string, T>? table, string path, IReadOnlyCollection<string>? known,
        ModelErrors errors)
    {
        var result = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in table ?? new Dictionary<string, T>())
        {
            var code = key.Trim();
            if (known is not null && !known.Contains(code, StringComparer.OrdinalIgnoreCase))
                errors.Add($"{path}.{key}", $"Unknown channel '{key}' (known: {string.Join(", ", known.Order(StringComparer.Ordinal))}).");
            else if (!result.TryAdd(code, value))
                errors.Add($"{path}.{key}", $"Channel {code} is listed twice (codes compare case-insensitively).");
        }
        return result;
    }

    /// <summary>SKU or category codes: trimmed, each once (case-insensitively); a blank entry is filed under <c>{path}[i]</c>.</summary>
    public static List<string> Codes(IReadOnlyList<string?>? codes, string path, ModelErrors errors)
    {
        var result = new List<string>();
        for (var i = 0; i < (codes?.Count ?? 0); i++)
        {
            if (string.IsNullOrWhiteSpace(codes![i])) errors.Add($"{path}[{i}]", "A code must not be empty.");
            else if (!result.Contains(codes[i]!.Trim(), StringComparer.OrdinalIgnoreCase)) result.Add(codes[i]!.Trim());
        }
        return result;
    }

    /// <summary>Currency codes as ISO writes them (<c>eur</c> is <c>EUR</c>); a code that is none is left for the model to refuse.</summary>
    public static IReadOnlyDictionary<string, decimal>? Currencies(IReadOnlyDictionary<string, decimal>? amounts)
    {
        if (amounts is null) return null;
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (key, amount) in amounts)
        {
            var code = key;
            try
            {
                code = CurrencyCode.Normalize(key);
            }
            catch (BusinessRuleException)
            {
                // The model files the error under the key as given.
            }
            if (!result.TryAdd(code, amount)) result[key] = amount;
        }
        return result;
    }

    /// <summary>A table in its canonical order, left out when empty.</summary>
    public static SortedDictionary<string, T>? Sorted<T>(IReadOnlyDictionary<string, T>? table)
        => table is { Count: > 0 } ? new SortedDictionary<string, T>(table.ToDictionary(), StringComparer.Ordinal) : null;
}
