using Oms.Server.Web;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using System.Net;
using Oms.Domain.Orders;
using Oms.Server.Features.Orders;
using Oms.Server.Tests.Infrastructure;
using Oms.TestSupport;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>Two server processes on one PostgreSQL database behave as one OMS: no unit is promised twice.</summary>
public sealed class MultiNodeTests
{
    [Fact]
    public async Task Two_server_processes_on_one_PostgreSQL_never_oversell()
    {
        var cs = await (await PostgresCluster.GetSharedAsync()).CreateDatabaseAsync("oms_nodes");
        await using var a = await ServerProcess.StartAsync("Postgres", cs);
        await using var b = await ServerProcess.StartAsync("Postgres", cs);
        var nodeA = new OmsClient(a.CreateClient());
        var nodeB = new OmsClient(b.CreateClient());
        await nodeA.StockOnlyAtAsync("SKU-0034", ("DC-CENTRAL", 10));

        var responses = await Task.WhenAll(Enumerable.Range(0, 60).Select(i =>
            (i % 2 == 0 ? nodeA : nodeB).PostAsync("/api/orders", Online(NewId($"NODE{i}"), $"n{i}@example.com", Ship("SKU-0034", 1)))));

        var orders = await Task.WhenAll(responses.Select(r => nodeA.ExpectAsync<OrderResponse>(r, HttpStatusCode.Created)));
        Assert.Equal(10, orders.Count(o => o.Lines[0].Status == LineStatus.Allocated));
        Assert.Equal(50, orders.Count(o => o.Lines[0].Status == LineStatus.Backordered));
        var dc = await nodeB.StockAtAsync("SKU-0034", "DC-CENTRAL");
        Assert.Equal((10, 10), (dc.OnHand, dc.Reserved));

        // And the same channel order sent to both nodes at once is still one order.
        var request = Online(NewId("BOTH"), "both@example.com", Ship("SKU-0035"));
        var twice = await Task.WhenAll(nodeA.PostAsync("/api/orders", request), nodeB.PostAsync("/api/orders", request));
        Assert.Single(twice, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Single(twice, r => r.StatusCode == HttpStatusCode.OK);
    }
}
