using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Oms.TestSupport;

namespace Oms.Messaging.Tests;

public sealed class RabbitMqHealthCheckTests
{
    [Fact]
    public async Task The_bus_is_healthy_while_connected_to_the_broker()
    {
        var broker = await RabbitMqBroker.GetSharedAsync();
        await using var services = MessagingRegistrationTests.Build(new() { ["Bus:RabbitMq:Uri"] = broker.AmqpUri.ToString() });

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, report.Entries["rabbitmq"].Status);
    }

    [Fact]
    public async Task The_bus_is_unhealthy_when_no_broker_answers()
    {
        await using var services = MessagingRegistrationTests.Build(new()
        {
            ["Bus:RabbitMq:Uri"] = $"amqp://guest:guest@127.0.0.1:{ClosedPort()}/",
            ["Bus:RabbitMq:ConnectTimeout"] = "00:00:02",
        });

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Unhealthy, report.Entries["rabbitmq"].Status);
    }

    private static int ClosedPort()
    {
        // A port that was free a moment ago; nothing listens on it.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
