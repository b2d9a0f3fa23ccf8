using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Oms.Server.Features.Connectors;

/// <summary>Connector credentials, encrypted with the server's data-protection key ring (shared by every node in the database).</summary>
public sealed class ConnectorSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Oms.Connectors.Secrets.v1");

    public string Protect(IReadOnlyDictionary<string, string> secrets) => _protector.Protect(JsonSerializer.Serialize(secrets));

    public IReadOnlyDictionary<string, string> Unprotect(string? protectedSecrets)
        => protectedSecrets is null
            ? new Dictionary<string, string>()
            : JsonSerializer.Deserialize<Dictionary<string, string>>(_protector.Unprotect(protectedSecrets)) ?? [];
}
