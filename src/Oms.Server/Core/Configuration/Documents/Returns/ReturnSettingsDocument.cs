using System.Text.Json.Serialization;

namespace Oms.Server.Core.Configuration.Documents.Returns;

/// <summary>
/// Refund and exchange settings: the default for every channel, and channels that differ. Unknown properties are refused.
/// </summary>
/// <param name="Default">Left out: refunds to the original instruments, gift cards last; exchanges released on receipt.</param>
/// <param name="Channels">Per channel code (codes must name channels); a setting left out is the default's.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ReturnSettingsDocument(ChannelReturnSettingsDocument? Default = null,
    IReadOnlyDictionary<string, ChannelReturnSettingsDocument?>? Channels = null);
