using Oms.Domain.Common;

namespace Oms.Domain.Connectors;

/// <summary>
/// One channel instance the OMS speaks to (a Shopify shop, an Amazon seller account in one marketplace, a bol.com
/// retailer, an EDI trading partner): which OMS channel its orders belong to, its settings, its credentials (kept
/// encrypted, never shown again), its mapping rules, whether it runs, and its health. The server validates the settings,
/// the mapping and the secrets for the kind before it stores them.
/// </summary>
public sealed class Connector
{
    private Connector() { Code = null!; Channel = null!; SettingsJson = null!; MappingJson = null!; UpdatedBy = null!; }

    public Connector(Guid id, string code, ConnectorKind kind, string channel, string settingsJson, string mappingJson,
        string? protectedSecrets, IReadOnlyCollection<string> secretNames, string actor, DateTime now)
    {
        Id = id;
        Code = Guard.NotEmpty(code, "code");
        (Channel, SettingsJson, MappingJson, UpdatedBy) = ("", "", "", "");
        Kind = kind;
        Enabled = true;
        CreatedAt = now;
        Configure(channel, settingsJson, mappingJson, protectedSecrets, secretNames, actor, now);
    }

    public Guid Id { get; private set; }
    /// <summary>The connector's own code (<c>shopify-nl</c>), used in its webhook address and as the inbox source.</summary>
    public string Code { get; private set; }
    public ConnectorKind Kind { get; private set; }
    /// <summary>The OMS channel its orders are captured in.</summary>
    public string Channel { get; private set; }
    /// <summary>Settings that are not secret (base address, shop domain, marketplace, poll interval), as a JSON object.</summary>
    public string SettingsJson { get; private set; }
    /// <summary>Mapping rules (SKUs, locations, tax-inclusive prices, shipping methods), as a JSON object.</summary>
    public string MappingJson { get; private set; }
    /// <summary>The credentials as one JSON object encrypted with the server's data-protection keys.</summary>
    public string? ProtectedSecrets { get; private set; }
    /// <summary>The names of the credentials that are set (space-separated), to show without the values.</summary>
    public string SecretNames { get; private set; } = "";
    public bool Enabled { get; private set; }
    public string? PausedReason { get; private set; }
    /// <summary>Where a pull connector goes on from (a timestamp, a page token), kept after every successful poll.</summary>
    public string? Cursor { get; private set; }
    public DateTime? LastPolledAt { get; private set; }
    public DateTime? LastReceivedAt { get; private set; }
    public DateTime? LastSentAt { get; private set; }
    public DateTime? LastErrorAt { get; private set; }
    /// <summary>Stock rows changed since this time (less an overlap) are checked at the next availability push.</summary>
    public DateTime? AvailabilityCheckedAt { get; private set; }
    public string? LastError { get; private set; }
    /// <summary>Calls to the channel that failed in a row; 0 after a success.</summary>
    public int ConsecutiveErrors { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; }

    /// <summary>Replaces the settings and mapping; secrets only when new ones are given (null keeps the stored ones).</summary>
    public void Configure(string channel, string settingsJson, string mappingJson, string? protectedSecrets,
        IReadOnlyCollection<string>? secretNames, string actor, DateTime now)
    {
        Channel = Guard.NotEmpty(channel, "channel");
        SettingsJson = Guard.NotEmpty(settingsJson, "settings");
        MappingJson = Guard.NotEmpty(mappingJson, "mapping");
        if (protectedSecrets is not null)
        {
            ProtectedSecrets = protectedSecrets;
            SecretNames = string.Join(' ', secretNames ?? []);
        }
        UpdatedAt = now;
        UpdatedBy = Guard.NotEmpty(actor, "actor");
    }

    public void Pause(string reason, string actor, DateTime now)
    {
        Enabled = false;
        PausedReason = TextLimit.Clip(Guard.NotEmpty(reason, "reason"), 500);
        (UpdatedAt, UpdatedBy) = (now, actor);
    }

    public void Resume(string actor, DateTime now)
    {
        Enabled = true;
        PausedReason = null;
        (UpdatedAt, UpdatedBy) = (now, actor);
    }

    public void Polled(string? cursor, DateTime now)
    {
        Cursor = cursor;
        LastPolledAt = now;
        ConsecutiveErrors = 0;
    }

    public void Received(DateTime now) => LastReceivedAt = now;

    /// <summary>The availability push looked at stock changed up to <paramref name="upTo"/>; null asks for a full resync.</summary>
    public void AvailabilityChecked(DateTime? upTo) => AvailabilityCheckedAt = upTo;

    public void Sent(DateTime now)
    {
        LastSentAt = now;
        ConsecutiveErrors = 0;
    }

    public void Failed(string error, DateTime now)
    {
        LastError = TextLimit.Clip(Guard.NotEmpty(error, "error"), 1000);
        LastErrorAt = now;
        ConsecutiveErrors++;
    }
}
