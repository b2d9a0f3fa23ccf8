using Oms.Domain.Network;

namespace Oms.Server.Features.Network;

/// <summary>
/// Location capabilities as the API and CSV files spell them: <c>ship</c>, <c>pickup</c>, <c>returns</c>, <c>carryOut</c>.
/// </summary>
public static class CapabilityNames
{
    private static readonly (string Name, LocationCapabilities Flag)[] Names =
    [
        ("ship", LocationCapabilities.Ship), ("pickup", LocationCapabilities.Pickup),
        ("returns", LocationCapabilities.Returns), ("carryOut", LocationCapabilities.CarryOut),
    ];

    public static string Allowed => string.Join(", ", Names.Select(n => n.Name));

    public static IReadOnlyList<string> Of(LocationCapabilities capabilities)
        => [.. Names.Where(n => (capabilities & n.Flag) == n.Flag).Select(n => n.Name)];

    /// <summary>Case-insensitive; false for anything else, numbers included.</summary>
    public static bool TryParse(string? name, out LocationCapabilities flag)
    {
        var match = Names.FirstOrDefault(n => string.Equals(n.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        flag = match.Flag;
        return match.Name is not null;
    }

    /// <summary>The flags of names already checked with <see cref="TryParse"/>.</summary>
    public static LocationCapabilities Combine(IEnumerable<string> names)
        => names.Aggregate(LocationCapabilities.None, (all, n) => TryParse(n, out var f) ? all | f : all);
}
