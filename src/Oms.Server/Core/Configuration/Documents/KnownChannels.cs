namespace Oms.Server.Core.Configuration.Documents;

/// <summary>Channel codes in a document must name existing channels: a typo would never match (codes compare case-insensitively).</summary>
public static class KnownChannels
{
    public static void Check(IReadOnlyList<string?>? codes, string path, IReadOnlyCollection<string>? known, ModelErrors errors)
    {
        if (codes is null || known is null) return;
        for (var i = 0; i < codes.Count; i++)
        {
            if (codes[i] is { } code && !string.IsNullOrWhiteSpace(code) && !known.Contains(code.Trim(), StringComparer.OrdinalIgnoreCase))
                errors.Add($"{path}[{i}]", $"Unknown channel '{code}' (known: {string.Join(", ", known.Order(StringComparer.Ordinal))}).");
        }
    }
}
