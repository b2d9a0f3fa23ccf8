using Oms.Domain.Common;
using Oms.Domain.OrderWorkflows;
using Oms.Domain.Orders;
using static Oms.Domain.OrderWorkflows.WorkflowStep;

namespace Oms.Domain.Tests.OrderWorkflows;

/// <summary>The most specific entry wins: channel and type, then channel, then type, then the default.</summary>
public sealed class WorkflowResolutionTests
{
    private static readonly WorkflowStep[] Short = [Validation, WorkflowStep.Sourcing, Release];
    private static readonly WorkflowStep[] Full = [Validation, FraudCheck, PaymentAuthorisation, WorkflowStep.Sourcing, Release];

    // Listed least specific first, to show that the order of entries does not matter.
    private static readonly OrderWorkflowDefinition Layered = new(
    [
        new("default", null, null, Full),
        new("pre-orders", null, [OrderType.PreOrder, OrderType.BackOrder], Short),
        new("b2b", ["b2b"], null, Full),
        new("b2b-pre-orders", ["b2b"], [OrderType.PreOrder], Short,
            [WorkflowHold.ManualApproval(WorkflowStep.Sourcing, new Dictionary<string, decimal> { ["EUR"] = 10_000m })]),
    ], version: 4);

    [Theory]
    [InlineData("b2b", OrderType.PreOrder, "b2b-pre-orders")]
    [InlineData("B2B", OrderType.PreOrder, "b2b-pre-orders")]
    [InlineData("b2b", OrderType.BackOrder, "b2b")]
    [InlineData("b2b", OrderType.Standard, "b2b")]
    [InlineData("web", OrderType.BackOrder, "pre-orders")]
    [InlineData("web", OrderType.Standard, "default")]
    public void The_most_specific_entry_wins(string channel, OrderType type, string entry)
        => Assert.Equal(entry, Layered.Resolve(channel, type).EntryName);

    [Fact]
    public void The_resolved_workflow_carries_the_definition_version_in_its_id()
    {
        var resolved = Layered.Resolve("b2b", OrderType.Standard);
        Assert.Equal("b2b@4", resolved.Id);
        Assert.Equal(4, resolved.Version);
        Assert.Equal("b2b@9", Layered.WithVersion(9).Resolve("b2b", OrderType.Standard).Id);
    }

    [Fact]
    public void Without_a_default_an_order_no_entry_claims_is_refused()
    {
        var definition = new OrderWorkflowDefinition([new("web", ["web"], null, Full)]);
        var ex = Assert.Throws<BusinessRuleException>(() => definition.Resolve("pos", OrderType.Standard));
        Assert.Contains("pos", ex.Message, StringComparison.Ordinal);
        Assert.Equal("web@0", definition.Resolve("web", OrderType.Service).Id);
    }

    [Fact]
    public void A_manual_approval_holds_only_orders_above_the_amount_before_its_step()
    {
        var b2b = Layered.Resolve("b2b", OrderType.PreOrder);
        Assert.Empty(b2b.HoldsBefore(WorkflowStep.Sourcing, new Money(10_000m, "EUR")));
        var hold = Assert.Single(b2b.HoldsBefore(WorkflowStep.Sourcing, new Money(10_000.01m, "EUR")));
        Assert.Equal(WorkflowHoldKind.ManualApproval, hold.Kind);
        Assert.Empty(b2b.HoldsBefore(Release, new Money(50_000m, "EUR")));
        Assert.Equal("manual approval before sourcing for totals above 10000.00 EUR", hold.ToString());
    }

    [Fact]
    public void A_manual_approval_holds_an_order_in_a_currency_it_has_no_amount_for()
        => Assert.Single(Layered.Resolve("b2b", OrderType.PreOrder).HoldsBefore(WorkflowStep.Sourcing, new Money(1m, "USD")));

    [Fact]
    public void A_manual_approval_without_an_amount_holds_every_order()
        => Assert.True(WorkflowHold.ManualApproval(Release).AppliesTo(new Money(0m, "EUR")));

    [Fact]
    public void A_manual_release_holds_every_order_before_release()
    {
        var definition = new OrderWorkflowDefinition([new("slow", null, null, Short, [WorkflowHold.ManualRelease])]);
        var resolved = definition.Resolve("web", OrderType.Standard);
        Assert.Equal([WorkflowHold.ManualRelease], resolved.HoldsBefore(Release, new Money(1m, "EUR")));
        Assert.Empty(resolved.HoldsBefore(WorkflowStep.Sourcing, new Money(1m, "EUR")));
    }

    [Fact]
    public void Steps_follow_one_another_in_the_listed_order()
    {
        var resolved = Layered.Resolve("web", OrderType.Standard);
        Assert.Equal(Validation, resolved.StepAfter(null));
        Assert.Equal(PaymentAuthorisation, resolved.StepAfter(FraudCheck));
        Assert.Null(resolved.StepAfter(Release));
        Assert.Throws<InvalidOperationException>(() => Layered.Resolve("web", OrderType.PreOrder).StepAfter(FraudCheck));
    }

    [Fact]
    public void A_definition_built_in_code_is_validated_like_a_parsed_one()
    {
        var ex = Assert.Throws<BusinessRuleException>(() => new WorkflowEntry("bad", null, null, [Release, WorkflowStep.Sourcing]));
        Assert.Contains("steps[0]", ex.Errors.Keys);
    }
}
