using Oms.Domain.OrderWorkflows;
using Oms.Domain.Orders;
using static Oms.Domain.OrderWorkflows.WorkflowStep;

namespace Oms.Domain.Tests.OrderWorkflows;

/// <summary>The built-in definition: what a retailer gets before configuring anything.</summary>
public sealed class DefaultWorkflowTests
{
    private static readonly OrderWorkflowDefinition Default = OrderWorkflowDefinition.Default;

    [Theory]
    [InlineData(OrderType.Standard)]
    [InlineData(OrderType.ReserveAndCollect)]
    [InlineData(OrderType.PreOrder)]
    public void A_pos_sale_is_not_fraud_checked_or_authorised_because_it_is_paid_at_the_till(OrderType type)
    {
        var pos = Default.Resolve("pos", type);
        Assert.Equal([Validation, WorkflowStep.Sourcing, Release], pos.Steps);
        Assert.Empty(pos.Holds);
        Assert.Equal("pos@0", pos.Id);
    }

    [Theory]
    [InlineData("web")]
    [InlineData("app")]
    public void Reserve_and_collect_is_paid_in_store_without_authorisation(string channel)
    {
        var reserve = Default.Resolve(channel, OrderType.ReserveAndCollect);
        Assert.Equal([Validation, WorkflowStep.Sourcing, Release], reserve.Steps);
        Assert.True(reserve.PaysInStore);
        Assert.False(reserve.Runs(PaymentAuthorisation));
        Assert.Equal("reserve-and-collect", reserve.EntryName);
    }

    [Theory]
    [InlineData("web", OrderType.Standard)]
    [InlineData("marketplace", OrderType.Standard)]
    [InlineData("app", OrderType.PreOrder)]
    [InlineData("callcenter", OrderType.Standard)]
    [InlineData("a-channel-added-later", OrderType.Service)]
    public void Every_other_order_runs_the_full_pipeline_with_automatic_release(string channel, OrderType type)
    {
        var resolved = Default.Resolve(channel, type);
        Assert.Equal([Validation, FraudCheck, PaymentAuthorisation, WorkflowStep.Sourcing, Release], resolved.Steps);
        Assert.Empty(resolved.Holds);
        Assert.False(resolved.PaysInStore);
    }

    [Fact]
    public void Agent_orders_have_their_own_entry_to_configure()
        => Assert.Equal("call-center", Default.Resolve("callcenter", OrderType.Standard).EntryName);
}
