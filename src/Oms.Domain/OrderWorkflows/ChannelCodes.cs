namespace Oms.Domain.OrderWorkflows;

/// <summary>
/// Channel codes as configuration documents list them. Codes are compared case-insensitively ("POS" is "pos"): a
/// rule that silently never matches because of a capital letter is worse than no rule.
/// </summary>
internal static class ChannelCodes
{
    public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

    /// <summary>Trimmed, without duplicates, in a fixed order; blank codes are filed under <c>{field}[i]</c>.</summary>
    public static IReadOnlyList<string> Normalize(IReadOnlyList<string>? codes, string field, ConfigErrors errors)
    {
        if (codes is null) return [];
        for (var i = 0; i < codes.Count; i++)
            if (string.IsNullOrWhiteSpace(codes[i])) errors.Add($"{field}[{i}]", "A channel code must not be empty.");
        return [.. codes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(Comparer).Order(Comparer)];
    }
}
