using Microsoft.Extensions.Diagnostics.HealthChecks;
using Oms.Persistence;

namespace Oms.Server.Web;

/// <summary>Healthy when the database answers.</summary>
internal sealed class DatabaseHealthCheck(OmsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        => await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy($"{db.Database.ProviderName} reachable")
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
