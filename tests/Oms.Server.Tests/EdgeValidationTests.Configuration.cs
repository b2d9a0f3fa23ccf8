using System.Net;
using Oms.Domain.Fraud;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>Configuration a valid document can hold must not make the next order unstorable.</summary>
public abstract partial class EdgeValidationTests
{
    [Fact]
    public async Task A_workflow_entry_name_longer_than_the_order_keeps_is_refused()
    {
        var before = await DbSnapshot.TakeAsync(fx);
        var json = $$"""{"entries":[{"name":"{{new string('w', 101)}}","steps":["validation","sourcing","release"]}]}""";

        var problem = await OmsClient.ProblemAsync(await _raw.SendAsync(HttpMethod.Put, "/api/configuration/order-workflows", json),
            HttpStatusCode.UnprocessableEntity);

        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.EndsWith("name", StringComparison.Ordinal));
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
    }

    [Fact]
    public async Task Fraud_rules_that_all_match_still_leave_the_order_storable_and_readable()
    {
        var rules = string.Join(',', Enumerable.Repeat("""{"type":"orderValue","points":1,"above":{"EUR":0}}""", 300));
        var saved = await _raw.SendAsync(HttpMethod.Put, "/api/configuration/fraud-rules",
            $$"""{"reviewAt":100000,"rejectAt":200000,"rules":[{{rules}}]}""");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        try
        {
            var order = await Api.CaptureAsync(Online(Ship("SKU-0050")));

            var read = await Api.GetOrderAsync(order.Number);
            Assert.All(read.Timeline, t => Assert.True(t.Message.Length <= 2000));
        }
        finally
        {
            Assert.Equal(HttpStatusCode.OK, (await _raw.SendAsync(HttpMethod.Put, "/api/configuration/fraud-rules", FraudRuleSet.Default.Serialize())).StatusCode);
        }
    }
}
