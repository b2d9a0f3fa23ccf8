using Oms.Server.Web;
using Oms.Server.Core.Contracts;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
using Oms.Payments.Sandbox;
using Oms.Server.Features.Orders;
using Oms.Server.Features.Payments;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>
/// The demo's card payments through the sandbox provider (no Stripe key needed), replacing an instrument that will not
/// pay, and Stripe without a key refused up front instead of an order that waits for ever.
/// </summary>
public abstract class SandboxPaymentTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    /// <summary>A new customer each time, so that one test's cards and orders do not raise another's fraud score.</summary>
    private static CaptureOrderRequest Shopper(params OrderLineRequest[] lines) => Online(NewId("WEB"), $"{Guid.NewGuid():N}@example.com", lines);

    private static PaymentRequest Sandbox(string token) => new(PaymentMethod.Card, "sandbox", token);

    [Fact]
    public async Task A_sandbox_visa_card_is_authorised_at_capture_and_captured_at_shipment()
    {
        await Api.StockOnlyAtAsync("SKU-0026", ("DC-CENTRAL", 10));

        var order = await Api.CaptureAsync(Shopper(Ship("SKU-0026", 1, 20m)) with { Payments = [Sandbox(SandboxTokens.Visa)] });

        Assert.Equal((24.95m, 0m), (order.Balance!.Authorised, order.Balance.Captured));
        Assert.DoesNotContain(order.Holds!, h => h.Active);
        Assert.StartsWith("sbx_pi_", order.Payments![0].Transactions[0].ProviderReference, StringComparison.Ordinal);
        var fo = order.FulfilmentOrders[0].Id;
        await Api.FulfilAsync(fo, "release");

        order = await Api.ShipAsync(fo);

        Assert.Equal((24.95m, 0m, 0m), (order.Balance!.Captured, order.Balance.OpenAuthorisation, order.Balance.Due));
        Assert.All(order.Payments![0].Transactions, t => Assert.Equal(PaymentTransactionStatus.Approved, t.Status));
    }

    [Fact]
    public async Task A_declined_card_holds_the_order_until_it_is_replaced_by_one_that_approves()
    {
        await Api.StockOnlyAtAsync("SKU-0027", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Shopper(Ship("SKU-0027", 1, 20m)) with { Payments = [Sandbox(SandboxTokens.InsufficientFunds)] });
        var hold = Assert.Single(order.Holds!, h => h.Active);
        Assert.Equal(HoldKind.Payment, hold.Kind);
        Assert.Contains("insufficient funds", hold.Reason, StringComparison.Ordinal);

        order = await Api.ExpectAsync<OrderResponse>(await Api.PostAsync($"/api/orders/{order.Number}/payments/1/replace",
            Sandbox(SandboxTokens.Visa), "agent:anna"), HttpStatusCode.OK);

        Assert.DoesNotContain(order.Holds!, h => h.Active);
        Assert.Equal((2, true), (order.Payments![0].ReplacedBy, order.Payments[0].Declined));
        Assert.Equal((24.95m, false), (order.Payments[1].Authorised, order.Payments[1].Declined));
        Assert.Equal(24.95m, order.Balance!.Authorised);
        Assert.Contains(order.Timeline, t => t.Type == "payment.replaced" && t.Actor == "agent:anna");
        await Api.FulfilAsync(order.FulfilmentOrders[0].Id, "release");
    }

    [Fact]
    public async Task A_payment_stuck_on_provider_errors_is_replaced_and_its_authorisation_is_never_retried()
    {
        await Api.StockOnlyAtAsync("SKU-0028", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Shopper(Ship("SKU-0028", 1, 20m)) with { Payments = [Sandbox(SandboxTokens.ProviderError)] });
        Assert.Equal(PaymentOutcome.Error, order.Payments![0].Transactions[0].Outcome);

        // Adding a second instrument cannot work (the first still covers the total); the answer says what to do.
        var added = await Api.PostAsync($"/api/orders/{order.Number}/payments", Sandbox(SandboxTokens.Visa), "agent:anna");
        var detail = (await OmsClient.ProblemAsync(added, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString();
        Assert.Contains("payment 1 (sandbox), whose authorisation is still pending (the provider answered Error)", detail, StringComparison.Ordinal);
        Assert.Contains($"/api/orders/{order.Number}/payments/1/replace", detail, StringComparison.Ordinal);

        order = await Api.ExpectAsync<OrderResponse>(await Api.PostAsync($"/api/orders/{order.Number}/payments/1/replace",
            Sandbox(SandboxTokens.Visa), "agent:anna"), HttpStatusCode.OK);

        var abandoned = order.Payments![0].Transactions.Single();
        Assert.Equal(PaymentTransactionStatus.Abandoned, abandoned.Status);
        Assert.DoesNotContain(order.Holds!, h => h.Active);
        order = await Api.ExpectAsync<OrderResponse>(await Api.PostAsync($"/api/orders/{order.Id}/payments/retry"), HttpStatusCode.OK);
        Assert.Equal(abandoned.Attempts, order.Payments![0].Transactions.Single().Attempts);
        Assert.Equal((24.95m, 24.95m), (order.Balance!.Total, order.Balance.Authorised));
    }

    [Fact]
    public async Task An_authorised_payment_cannot_be_replaced()
    {
        await Api.StockOnlyAtAsync("SKU-0029", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Shopper(Ship("SKU-0029", 1, 20m)) with { Payments = [Sandbox(SandboxTokens.Visa)] });

        var refused = await Api.PostAsync($"/api/orders/{order.Number}/payments/1/replace", Sandbox(SandboxTokens.Mastercard), "agent:anna");

        var problem = await OmsClient.ProblemAsync(refused, HttpStatusCode.Conflict);
        Assert.Contains("only a declined payment, or one still awaiting authorisation", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single((await Api.GetOrderAsync(order.Number)).Payments!);
        await OmsClient.ProblemAsync(await Api.PostAsync($"/api/orders/{order.Number}/payments/9/replace", Sandbox(SandboxTokens.Visa)),
            HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Stripe_without_an_api_key_is_refused_at_capture_with_what_to_do()
    {
        await using var app = new OmsApp(fx.Provider, fx.ConnectionString, fx.Clock, fx.Stripe.BaseUrl)
            .WithWebHostBuilder(b => b.UseSetting("Payments:Stripe:ApiKey", ""));
        var api = new OmsClient(app.CreateDefaultClient(new DefaultCredential(fx.AdminKey)));
        var request = Shopper(Ship("SKU-0030", 1, 20m)) with { Payments = [new PaymentRequest(PaymentMethod.Card, "stripe", "pm_card_visa")] };

        var problem = await OmsClient.ProblemAsync(await api.PostAsync("/api/orders", request), HttpStatusCode.UnprocessableEntity);

        Assert.Equal("Stripe is not configured: set Payments:Stripe:ApiKey, or use the sandbox provider (test tokens such as pm_card_visa).",
            problem.GetProperty("errors").GetProperty("payments[0].provider")[0].GetString());
        var search = await api.ExpectAsync<CursorPage<OrderSummaryResponse>>(
            await api.Http.GetAsync($"/api/orders?channelOrderId={request.ChannelOrderId}"), HttpStatusCode.OK);
        Assert.Empty(search.Items);
    }
}

public sealed class SandboxPaymentTests_Sqlite(SqliteFixture fx) : SandboxPaymentTests(fx), IClassFixture<SqliteFixture>;

public sealed class SandboxPaymentTests_Postgres(PostgresFixture fx) : SandboxPaymentTests(fx), IClassFixture<PostgresFixture>;
