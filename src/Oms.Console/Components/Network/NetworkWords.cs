namespace Oms.Ui.Components.Network;

/// <summary>The API's names for location types, sizes, capabilities and channel types, and the words the console shows.</summary>
public static class NetworkWords
{
    public static readonly IReadOnlyList<(string Value, string Words)> LocationTypes =
    [
        ("distributionCenter", "distribution centre"), ("store", "store"), ("externalDc", "external DC"),
        ("dropShipSupplier", "drop-ship supplier"), ("carrierPickupPoint", "carrier pickup point"),
    ];

    public static readonly IReadOnlyList<string> SizeClasses = ["xs", "s", "m", "l", "xl"];

    public static readonly IReadOnlyList<(string Value, string Words)> Capabilities =
    [
        ("ship", "ships parcels"), ("pickup", "hands out pickups"), ("returns", "takes returns"), ("carryOut", "sells over the counter"),
    ];

    public static readonly IReadOnlyList<(string Value, string Words)> ChannelTypes =
    [
        ("webshop", "webshop"), ("marketplace", "marketplace"), ("app", "app"), ("pos", "point of sale"), ("callCenter", "call centre"),
    ];

    /// <summary>Capabilities in a table cell: short, so that the list fits a tablet.</summary>
    public static readonly IReadOnlyList<(string Value, string Words)> ShortCapabilities =
        [("ship", "ship"), ("pickup", "pickup"), ("returns", "returns"), ("carryOut", "counter")];

    public static string LocationType(string value) => Words(LocationTypes, value);

    public static string ChannelType(string value) => Words(ChannelTypes, value);

    public static string CapabilityList(IEnumerable<string> values, bool shortWords = false)
    {
        var words = (shortWords ? ShortCapabilities : Capabilities).Where(c => values.Contains(c.Value, StringComparer.Ordinal)).Select(c => c.Words).ToList();
        return words.Count == 0 ? "nothing" : string.Join(", ", words);
    }

    private static string Words(IReadOnlyList<(string Value, string Words)> list, string value)
        => list.FirstOrDefault(x => string.Equals(x.Value, value, StringComparison.OrdinalIgnoreCase)).Words ?? value;
}
