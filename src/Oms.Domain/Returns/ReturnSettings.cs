using Oms.Domain.Common;
using Oms.Domain.OrderWorkflows;

namespace Oms.Domain.Returns;

/// <summary>
/// Refund and exchange settings per channel: a default, and channels that differ from it. A versioned configuration
/// document like the return policy; the constructor refuses an invalid one with every field error at once. Channel codes
/// compare case-insensitively.
/// </summary>
public sealed class ReturnSettings
{
    public ReturnSettings(ChannelReturnSettings defaults, IReadOnlyDictionary<string, ChannelReturnSettings>? byChannel = null,
        int version = 0)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        var errors = new ConfigErrors();
        Check(defaults, "default", errors);
        var channels = new Dictionary<string, ChannelReturnSettings>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, settings) in byChannel ?? new Dictionary<string, ChannelReturnSettings>())
        {
            var at = $"channels.{code}";
            if (!ReferenceCode.IsValid(code)) errors.Add(at, ReferenceCode.Describe("channel", code));
            else if (settings is null) errors.Add(at, "The settings of a channel are an object, not null.");
            else if (!channels.TryAdd(code, settings)) errors.Add(at, $"Channel {code} is listed twice.");
            else Check(settings, at, errors);
        }
        if (version < 0) errors.Add("version", $"version must not be negative (was {version}).");
        errors.ThrowIfAny("The return settings");
        Default = defaults;
        ByChannel = channels;
        Version = version;
    }

    public ChannelReturnSettings Default { get; }
    /// <summary>Channels whose settings differ from <see cref="Default"/>.</summary>
    public IReadOnlyDictionary<string, ChannelReturnSettings> ByChannel { get; }
    /// <summary>The stored version; 0 for settings not (yet) stored, such as <see cref="BuiltIn"/>.</summary>
    public int Version { get; }

    public ChannelReturnSettings For(string? channelCode)
        => channelCode is not null && ByChannel.TryGetValue(channelCode, out var s) ? s : Default;

    /// <summary>Every channel: refunds to the original instruments, gift cards last; exchanges released on receipt.</summary>
    public static ReturnSettings BuiltIn { get; } = new(ChannelReturnSettings.Default);

    private static void Check(ChannelReturnSettings settings, string at, ConfigErrors errors)
    {
        if (settings.Refunds is null) errors.Add($"{at}.refunds", "refunds is required.");
        else
        {
            if (!Enum.IsDefined(settings.Refunds.Route))
                errors.Add($"{at}.refunds.route", $"{settings.Refunds.Route} is not a refund route.");
            var order = settings.Refunds.MethodOrder ?? [];
            for (var i = 0; i < order.Count; i++)
            {
                if (!Enum.IsDefined(order[i])) errors.Add($"{at}.refunds.methodOrder[{i}]", $"{order[i]} is not a payment method.");
                else if (order.Take(i).Contains(order[i]))
                    errors.Add($"{at}.refunds.methodOrder[{i}]", $"{order[i]} is listed twice.");
            }
        }
        if (!Enum.IsDefined(settings.ExchangeRelease))
            errors.Add($"{at}.exchangeRelease", $"{settings.ExchangeRelease} is not an exchange release mode.");
    }
}
