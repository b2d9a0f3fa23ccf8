using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Connectors;
using Oms.Persistence;

namespace Oms.Server.Features.Connectors.X12;

/// <summary>
/// Loads an X12 connector as its adapter sees it. X12 partners have no secrets (files come over the partner's own
/// transport), so the runtime is made from the stored settings and mapping alone.
/// </summary>
public static class X12Connectors
{
    public static async Task<ConnectorRuntime> LoadAsync(OmsDbContext db, string code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var c = await db.Connectors.AsNoTracking().FirstOrDefaultAsync(x => x.Code == code, ct)
            ?? throw new NotFoundException("Connector", code);
        if (c.Kind != ConnectorKind.X12) throw new BusinessRuleException("code", $"Connector {code} is a {c.Kind} connector, not X12.");
        return Runtime(c);
    }

    public static ConnectorRuntime Runtime(Connector c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new ConnectorRuntime(c.Id, c.Code, c.Kind, c.Channel, ConnectorDirectory.Settings(c), new Dictionary<string, string>(),
            ConnectorDirectory.Mapping(c), c.Cursor);
    }
}
