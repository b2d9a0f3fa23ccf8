using Oms.Server.Web;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using System.Net;
using System.Text.Json;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
using Oms.Server.Features.Configuration;
using Oms.Server.Features.Orders;
using Oms.Server.Features.Payments;
using Oms.Server.Tests.Infrastructure;
using Oms.TestSupport.StandIn;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>
/// Fraud rules and order workflows as runtime configuration through the API: validation, versions.Items, a change that
/// applies to the next order only, the fraud review queue and an agent's release. Each test saves the configuration
/// it relies on, since the class shares one database.
/// </summary>
public abstract class FraudAndWorkflowTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    private const string RiskyRules = """
        { "reviewAt": 50, "rejectAt": 100, "rules": [
            { "type": "riskySkus", "points": 60, "skus": ["SKU-0031"] },
            { "type": "riskySkus", "points": 120, "skus": ["SKU-0032"] } ] }
        """;

    private static CaptureOrderRequest Shopper(params OrderLineRequest[] lines)
        => Online(NewId("WEB"), $"{Guid.NewGuid():N}@example.com", lines) with { Payments = [new PaymentRequest(PaymentMethod.Card, "stripe", StandInTokens.Visa)] };

    private async Task<ConfigurationVersionResponse> SaveAsync(string kind, string json, string actor = "admin:olga")
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/configuration/{kind}?comment=test") { Content = content };
        await Api.AuthenticateAsync(request, actor);
        return await Api.ExpectAsync<ConfigurationVersionResponse>(await Api.Http.SendAsync(request), HttpStatusCode.OK);
    }

    private async Task<HttpResponseMessage> PutRawAsync(string kind, string json)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        return await Api.Http.PutAsync($"/api/configuration/{kind}", content);
    }

    [Fact]
    public async Task A_fraud_hold_waits_in_the_review_queue_until_an_agent_releases_it_with_a_reason()
    {
        await SaveAsync("fraud-rules", RiskyRules);
        var order = await Api.CaptureAsync(Shopper(Ship("SKU-0031", 1, 20m)));

        var hold = Assert.Single(order.Holds!, h => h.Active);
        Assert.Equal(HoldKind.Fraud, hold.Kind);
        Assert.Empty(order.Payments![0].Transactions);
        Assert.Contains(order.Timeline, t => t.Type == "fraud.assessed" && t.Message.Contains("Fraud score 60", StringComparison.Ordinal));
        var queue = await Api.ExpectAsync<CursorPage<HeldOrderResponse>>(await Api.Http.GetAsync("/api/holds?kind=fraud"), HttpStatusCode.OK);
        Assert.Contains(queue.Items, q => q.OrderId == order.Id);
        // The review comes before sourcing in the default workflow: a suspect order reserves nothing and goes nowhere.
        Assert.Empty(order.FulfilmentOrders);
        var noReason = await Api.PostAsync($"/api/orders/{order.Id}/holds/fraud/release", new LiftHoldRequest(""), "agent:anna");
        await OmsClient.ProblemAsync(noReason, HttpStatusCode.UnprocessableEntity);

        order = await Api.ExpectAsync<OrderResponse>(
            await Api.PostAsync($"/api/orders/{order.Id}/holds/fraud/release", new LiftHoldRequest("Called the customer; genuine"), "agent:anna"), HttpStatusCode.OK);

        Assert.Contains(order.Timeline, t => t.Type == "hold.lifted" && t.Actor == "agent:anna" && t.Message.Contains("genuine", StringComparison.Ordinal));
        Assert.Equal(24.95m, order.Balance!.Authorised);
        Assert.DoesNotContain(order.Holds!, h => h.Active);
        queue = await Api.ExpectAsync<CursorPage<HeldOrderResponse>>(await Api.Http.GetAsync("/api/holds?kind=fraud"), HttpStatusCode.OK);
        Assert.DoesNotContain(queue.Items, q => q.OrderId == order.Id);
        // Released by the agent, the order runs on: authorised, then sourced, and it can go to the warehouse.
        await Api.FulfilAsync(order.FulfilmentOrders[0].Id, "release");
    }

    [Fact]
    public async Task An_agent_cancels_an_order_in_review_and_its_authorisation_is_voided()
    {
        await SaveAsync("fraud-rules", RiskyRules);
        var order = await Api.CaptureAsync(Shopper(Ship("SKU-0031", 1, 20m)));
        Assert.Contains(order.Holds!, h => h.Active && h.Kind == HoldKind.Fraud);

        order = await Api.CancelAsync(order.Number, "Fraud review: stolen card reported", actor: "agent:anna");

        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.DoesNotContain(order.Holds!, h => h.Active);
        Assert.Equal((0m, 0m), (order.Balance!.Authorised, order.Balance.OpenAuthorisation));
        Assert.Empty(order.Payments![0].Transactions);
        Assert.Contains(order.Timeline, t => t.Type == "order.cancelled" && t.Actor == "agent:anna" && t.Message.Contains("stolen card", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rejected_order_is_cancelled_its_stock_released_and_nothing_is_authorised()
    {
        await SaveAsync("fraud-rules", RiskyRules);
        var before = (await Api.StockAtAsync("SKU-0032", "DC-CENTRAL")).Reserved;

        var order = await Api.CaptureAsync(Shopper(Ship("SKU-0032", 1, 20m)));

        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Contains("fraud", order.Lines[0].CancelReason, StringComparison.Ordinal);
        // The card the customer offered is kept, but never reached the provider: the fraud check runs first.
        Assert.All(order.Payments!, p => Assert.Empty(p.Transactions));
        Assert.Equal(0m, order.Balance!.Authorised);
        Assert.Equal(before, (await Api.StockAtAsync("SKU-0032", "DC-CENTRAL")).Reserved);
    }

    [Fact]
    public async Task Invalid_fraud_rules_and_workflows_are_refused_with_the_fields_at_fault_and_not_saved()
    {
        var versions = await Api.ExpectAsync<CursorPage<ConfigurationVersionResponse>>(await Api.Http.GetAsync("/api/configuration/fraud-rules/versions"), HttpStatusCode.OK);

        var bad = await PutRawAsync("fraud-rules", """{ "reviewAt": 50, "rejectAt": 100, "rules": [ { "type": "firstOrder", "points": 10, "channels": ["nope"] } ] }""");
        var errors = (await OmsClient.ProblemAsync(bad, HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("rules[0].channels[0]", out _), errors.ToString());
        var thresholds = await PutRawAsync("fraud-rules", """{ "reviewAt": 50, "rejectAt": 40, "rules": [] }""");
        errors = (await OmsClient.ProblemAsync(thresholds, HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("rejectAt", out _), errors.ToString());

        var badFlow = await PutRawAsync("order-workflows", """{ "entries": [ { "name": "web", "channels": ["web"], "steps": ["release", "sourcing"] } ] }""");
        await OmsClient.ProblemAsync(badFlow, HttpStatusCode.UnprocessableEntity);

        var after = await Api.ExpectAsync<CursorPage<ConfigurationVersionResponse>>(await Api.Http.GetAsync("/api/configuration/fraud-rules/versions"), HttpStatusCode.OK);
        Assert.Equal(versions.Items.Count, after.Items.Count);
    }

    [Fact]
    public async Task A_workflow_change_applies_to_the_next_order_while_a_running_order_keeps_its_version()
    {
        await SaveAsync("fraud-rules", """{ "reviewAt": 50, "rejectAt": 100, "rules": [] }""");
        var running = await Api.CaptureAsync(Shopper(Ship("SKU-0033", 1, 20m)));
        var current = await Api.ExpectAsync<ConfigurationVersionResponse>(await Api.Http.GetAsync("/api/configuration/order-workflows"), HttpStatusCode.OK);
        Assert.StartsWith("default@", running.Workflow, StringComparison.Ordinal);

        var saved = await SaveAsync("order-workflows", """
            { "entries": [
                { "name": "web-manual", "channels": ["web"], "steps": ["validation", "fraudCheck", "paymentAuthorisation", "sourcing", "release"],
                  "holds": [ { "type": "manualRelease" } ] },
                { "name": "default", "steps": ["validation", "sourcing", "release"] } ] }
            """);
        Assert.Equal(current.Version + 1, saved.Version);
        Assert.Equal("admin:olga", saved.CreatedBy);

        var next = await Api.CaptureAsync(Shopper(Ship("SKU-0033", 1, 20m)));

        Assert.Equal($"web-manual@{saved.Version}", next.Workflow);
        Assert.Contains(next.Holds!, h => h.Active && h.Kind == HoldKind.ManualRelease);
        await OmsClient.ProblemAsync(await Api.PostAsync($"/api/fulfilment-orders/{next.FulfilmentOrders[0].Id}/release", null, "wms:test"), HttpStatusCode.Conflict);
        Assert.Equal(running.Workflow, (await Api.GetOrderAsync(running.Number)).Workflow);
        await Api.FulfilAsync(running.FulfilmentOrders[0].Id, "release");

        await Api.ExpectAsync<OrderResponse>(await Api.PostAsync($"/api/orders/{next.Id}/holds/manualRelease/release", new LiftHoldRequest("checked"), "agent:anna"), HttpStatusCode.OK);
        await Api.FulfilAsync(next.FulfilmentOrders[0].Id, "release");
        var history = await Api.ExpectAsync<CursorPage<ConfigurationVersionResponse>>(await Api.Http.GetAsync("/api/configuration/order-workflows/versions"), HttpStatusCode.OK);
        Assert.True(history.Items[0].Active);
        Assert.Equal(saved.Version, history.Items[0].Version);
        await SaveAsync("order-workflows", JsonSerializer.Serialize(current.Document));
    }

    [Fact]
    public async Task A_manual_approval_above_an_amount_holds_large_orders_only()
    {
        await SaveAsync("fraud-rules", """{ "reviewAt": 50, "rejectAt": 100, "rules": [] }""");
        var current = await Api.ExpectAsync<ConfigurationVersionResponse>(await Api.Http.GetAsync("/api/configuration/order-workflows"), HttpStatusCode.OK);
        await SaveAsync("order-workflows", """
            { "entries": [ { "name": "default", "steps": ["validation", "sourcing", "release"],
                "holds": [ { "type": "manualApproval", "before": "sourcing", "totalAbove": { "EUR": 100 } } ] } ] }
            """);

        // This workflow takes no payment (the channel settles it), so the orders come without instruments.
        await Api.StockOnlyAtAsync("SKU-0034", ("DC-CENTRAL", 20));
        var small = await Api.CaptureAsync(Shopper(Ship("SKU-0034", 1, 20m)) with { Payments = null });
        var large = await Api.CaptureAsync(Shopper(Ship("SKU-0034", 3, 50m)) with { Payments = null });

        Assert.DoesNotContain(small.Holds!, h => h.Active);
        Assert.Equal(LineStatus.Allocated, small.Lines[0].Status);
        Assert.Contains(large.Holds!, h => h.Active && h.Kind == HoldKind.ManualApproval);
        // The hold is before sourcing: the large order reserves nothing until a person approves it.
        Assert.Equal(LineStatus.Created, large.Lines[0].Status);
        Assert.Equal(1, (await Api.StockAtAsync("SKU-0034", "DC-CENTRAL")).Reserved);

        large = await Api.ExpectAsync<OrderResponse>(await Api.PostAsync($"/api/orders/{large.Number}/holds/manualApproval/release",
            new LiftHoldRequest("large order checked with the customer"), "agent:anna"), HttpStatusCode.OK);
        Assert.Equal(LineStatus.Allocated, large.Lines[0].Status);
        Assert.Equal(4, (await Api.StockAtAsync("SKU-0034", "DC-CENTRAL")).Reserved);
        await SaveAsync("order-workflows", JsonSerializer.Serialize(current.Document));
    }
}

public sealed class FraudAndWorkflowTests_Sqlite(SqliteFixture fx) : FraudAndWorkflowTests(fx), IClassFixture<SqliteFixture>;

public sealed class FraudAndWorkflowTests_Postgres(PostgresFixture fx) : FraudAndWorkflowTests(fx), IClassFixture<PostgresFixture>;
