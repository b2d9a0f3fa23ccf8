using FluentValidation;
using FluentValidation.Results;
using Oms.Domain.Returns;

namespace Oms.Server.Core.Configuration.Documents.Returns;

/// <summary>
/// The return settings and their document, both ways. A channel's entry may leave settings out: they are the default's,
/// and the canonical text writes every channel in full, so that a version says exactly what each channel does.
/// </summary>
public static class ReturnSettingsDocuments
{
    private const string What = "return settings";

    /// <summary>A stored version.</summary>
    public static ReturnSettings Read(string json, int version)
        => ToModel(DocumentJson.Read<ReturnSettingsDocument>(json, What), version: version);

    public static string Write(ReturnSettings settings) => DocumentJson.Write(ToDocument(settings));

    /// <summary>The settings a document describes; with <paramref name="knownChannels"/>, codes naming no channel are refused too.</summary>
    public static ReturnSettings ToModel(ReturnSettingsDocument? document, IReadOnlyCollection<string>? knownChannels = null,
        int version = 0)
    {
        var d = document ?? throw Refuse("$", "The return settings are a JSON object: default and channels.");
        var missing = new List<ValidationFailure>();
        if (d.Default?.Refunds is { Route: null }) missing.Add(Failure("default.refunds.route", "route is required."));
        foreach (var (code, entry) in d.Channels ?? new Dictionary<string, ChannelReturnSettingsDocument?>())
        {
            if (entry is null) missing.Add(Failure($"channels.{code}", "A channel's settings must be an object, not null."));
            else if (entry.Refunds is { Route: null }) missing.Add(Failure($"channels.{code}.refunds.route", "route is required."));
        }
        if (missing.Count > 0) throw new ValidationException(missing);

        var errors = new ModelErrors(What);
        var defaults = Entry(d.Default, ChannelReturnSettings.Default);
        var channels = ReturnsDocumentRules.Channels(d.Channels, "channels", knownChannels, errors)
            .ToDictionary(kv => kv.Key, kv => Entry(kv.Value, defaults), StringComparer.OrdinalIgnoreCase);
        var settings = errors.Build("", () => new ReturnSettings(defaults, channels, version));
        errors.ThrowIfAny();
        return settings!;
    }

    public static ReturnSettingsDocument ToDocument(ReturnSettings s)
    {
        var channels = s.ByChannel.ToDictionary(kv => kv.Key, kv => (ChannelReturnSettingsDocument?)Entry(kv.Value), StringComparer.Ordinal);
        return new(Entry(s.Default),
            channels.Count > 0 ? new SortedDictionary<string, ChannelReturnSettingsDocument?>(channels, StringComparer.Ordinal) : null);
    }

    /// <summary>The built-in settings as the API shows them.</summary>
    public static string Default => Write(ReturnSettings.BuiltIn);

    private static ChannelReturnSettings Entry(ChannelReturnSettingsDocument? entry, ChannelReturnSettings fallback)
        => new(entry?.Refunds is { } r
                ? new RefundAllocationPolicy(r.Route!.Value, r.MethodOrder ?? RefundAllocationPolicy.GiftCardsLast.MethodOrder)
                : fallback.Refunds,
            entry?.ExchangeRelease ?? fallback.ExchangeRelease);

    private static ChannelReturnSettingsDocument Entry(ChannelReturnSettings s)
        => new(new RefundSettingsDocument(s.Refunds.Route, s.Refunds.MethodOrder), s.ExchangeRelease);

    private static ValidationFailure Failure(string path, string message) => new(path, message) { CustomState = DocumentBody.JsonPath };

    private static ValidationException Refuse(string path, string message) => new([Failure(path, message)]);
}
