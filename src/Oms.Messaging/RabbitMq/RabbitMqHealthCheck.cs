using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client.Exceptions;

namespace Oms.Messaging.RabbitMq;

/// <summary>
/// Healthy while the shared connection to the broker is open (opening it if it was never opened); Unhealthy while it
/// cannot be opened or is being recovered. Registered only when the bus is configured.
/// </summary>
public sealed class RabbitMqHealthCheck : IHealthCheck
{
    private readonly RabbitMqConnectionSource _connections;

    public RabbitMqHealthCheck(RabbitMqConnectionSource connections) => _connections = connections;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var connection = await _connections.GetConnectionAsync(cancellationToken);
            return connection.IsOpen
                ? HealthCheckResult.Healthy($"Connected to RabbitMQ at {connection.Endpoint.HostName}:{connection.Endpoint.Port}.")
                : HealthCheckResult.Unhealthy("The connection to RabbitMQ is down; the client is reconnecting.");
        }
        catch (Exception e) when (e is RabbitMQClientException or IOException or SocketException)
        {
            return HealthCheckResult.Unhealthy("RabbitMQ is not reachable.", e);
        }
    }
}
