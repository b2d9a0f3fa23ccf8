using Oms.Domain.Orders;
using Oms.Domain.OrderWorkflows;
using Oms.Server.Core.Configuration.Documents.Workflows;
using static Oms.Server.Tests.Documents.DocumentText;

namespace Oms.Server.Tests.Documents;

/// <summary>
/// The order workflows document: a wrong shape is refused at its path (400), every rule a definition breaks at its path
/// (422), so nothing half-valid is ever stored; valid documents round-trip to the same canonical text.
/// </summary>
public sealed class OrderWorkflowsDocumentTests
{
    private const string Full = """ "steps": ["validation", "fraudCheck", "paymentAuthorisation", "sourcing", "release"] """;

    private static IReadOnlyDictionary<string, string[]> ErrorsOf(string json, IReadOnlyCollection<string>? knownChannels = null)
        => DocumentText.ErrorsOf(() => Workflows(json, knownChannels));

    private static IReadOnlyDictionary<string, string[]> ErrorsOfSteps(params string[] steps)
        => ErrorsOf($$"""{ "entries": [ { "name": "x", "steps": [{{string.Join(", ", steps.Select(s => $"\"{s}\""))}}] } ] }""");

    [Theory]
    [InlineData("[]")]
    [InlineData("\"entries\"")]
    [InlineData("42")]
    public void A_document_that_is_not_a_json_object_is_refused(string json)
        => Assert.Equal(["$"], ErrorsOf(json).Keys);

    [Fact]
    public void A_definition_needs_entries()
        => Assert.Equal(["entries"], ErrorsOf("{}").Keys);

    [Fact]
    public void A_definition_needs_at_least_one_entry()
    {
        var errors = ErrorsOf("""{ "entries": [] }""");
        Assert.Equal(["entries"], errors.Keys);
        Assert.Contains("at least one entry", errors["entries"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_step_is_refused_naming_the_known_ones()
    {
        var errors = ErrorsOfSteps("validation", "sourcing", "teleport", "release");
        Assert.Equal(["entries[0].steps[2]"], errors.Keys);
        Assert.Contains("paymentAuthorisation", errors["entries[0].steps[2]"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_listed_twice_is_refused()
        => Assert.Equal(["entries[0].steps[2]"], ErrorsOfSteps("validation", "sourcing", "validation", "release").Keys);

    [Fact]
    public void Sourcing_is_required()
        => Assert.Contains("sourcing is required", Assert.Single(ErrorsOfSteps("validation", "release")["entries[0].steps"]), StringComparison.Ordinal);

    [Fact]
    public void Release_is_required()
        => Assert.Contains("release is required", Assert.Single(ErrorsOfSteps("validation", "sourcing")["entries[0].steps"]), StringComparison.Ordinal);

    [Fact]
    public void Release_before_sourcing_is_refused()
    {
        var errors = ErrorsOfSteps("validation", "release", "sourcing");
        Assert.Contains(errors["entries[0].steps[1]"], m => m.StartsWith("release must come after sourcing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_step_after_release_is_refused()
        => Assert.StartsWith("release must be the last step",
            Assert.Single(ErrorsOfSteps("validation", "sourcing", "release", "fraudCheck")["entries[0].steps[2]"]), StringComparison.Ordinal);

    [Fact]
    public void Payment_authorisation_before_validation_is_refused()
        => Assert.Equal(["entries[0].steps[0]"], ErrorsOfSteps("paymentAuthorisation", "validation", "sourcing", "release").Keys);

    [Fact]
    public void Payment_authorisation_without_validation_is_allowed()
        => Assert.Single(Workflows("""{ "entries": [ { "name": "x", "steps": ["paymentAuthorisation", "sourcing", "release"] } ] }""").Entries);

    [Fact]
    public void Fraud_check_after_payment_authorisation_is_refused()
    {
        var errors = ErrorsOfSteps("validation", "paymentAuthorisation", "fraudCheck", "sourcing", "release");
        Assert.Equal(["entries[0].steps[2]"], errors.Keys);
        Assert.StartsWith("fraudCheck must come before paymentAuthorisation", errors["entries[0].steps[2]"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Fraud_check_after_sourcing_is_allowed_when_there_is_no_authorisation()
        => Assert.Single(Workflows("""{ "entries": [ { "name": "x", "steps": ["validation", "sourcing", "fraudCheck", "release"] } ] }""").Entries);

    [Fact]
    public void A_negative_approval_amount_is_refused()
        => Assert.Equal(["entries[0].holds[0].totalAbove.EUR"], ErrorsOf($$"""
            { "entries": [ { "name": "b2b", {{Full}},
              "holds": [ { "type": "manualApproval", "before": "sourcing", "totalAbove": { "EUR": -1 } } ] } ] }
            """).Keys);

    [Theory]
    [InlineData("""{ "type": "manualApproval" }""", "entries[0].holds[0].before")]
    [InlineData("""{ "type": "manualApproval", "before": "shipping" }""", "entries[0].holds[0].before")]
    [InlineData("""{ "type": "manualApproval", "before": "sourcing", "totalAbove": { "EURO": 5 } }""", "entries[0].holds[0].totalAbove.EURO")]
    [InlineData("""{ "type": "manualRelease", "before": "sourcing" }""", "entries[0].holds[0].before")]
    [InlineData("""{ "type": "vacation" }""", "entries[0].holds[0].type")]
    [InlineData("""{ }""", "entries[0].holds[0].type")]
    [InlineData("""{ "type": "payInStore" }""", "entries[0].holds[0]")]
    public void A_bad_hold_is_refused_at_its_path(string hold, string field)
        => Assert.Equal([field], ErrorsOf($$"""{ "entries": [ { "name": "x", {{Full}}, "holds": [ {{hold}} ] } ] }""").Keys);

    [Fact]
    public void An_approval_before_a_step_the_entry_does_not_run_is_refused()
        => Assert.Equal(["entries[0].holds[0].before"], ErrorsOf("""
            { "entries": [ { "name": "x", "steps": ["validation", "sourcing", "release"],
              "holds": [ { "type": "manualApproval", "before": "paymentAuthorisation" } ] } ] }
            """).Keys);

    [Fact]
    public void The_same_hold_twice_is_refused()
        => Assert.Equal(["entries[0].holds[1]"], ErrorsOf($$"""
            { "entries": [ { "name": "x", {{Full}}, "holds": [ { "type": "manualRelease" }, { "type": "manualRelease" } ] } ] }
            """).Keys);

    [Fact]
    public void At_most_one_default_entry()
    {
        var errors = ErrorsOf($$"""{ "entries": [ { "name": "a", {{Full}} }, { "name": "b", {{Full}} } ] }""");
        Assert.Equal(["entries[1]"], errors.Keys);
        Assert.StartsWith("At most one default entry", errors["entries[1]"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Two_entries_claiming_the_same_orders_at_the_same_level_are_refused()
        => Assert.Equal(["entries[1]"], ErrorsOf($$"""
            { "entries": [ { "name": "a", "channels": ["web", "app"], {{Full}} }, { "name": "b", "channels": ["APP"], {{Full}} } ] }
            """).Keys);

    [Fact]
    public void Entries_at_different_levels_may_overlap()
        => Assert.Equal(2, Workflows($$"""
            { "entries": [ { "name": "a", "channels": ["web"], {{Full}} }, { "name": "b", "channels": ["web"], "orderTypes": ["preOrder"], {{Full}} } ] }
            """).Entries.Count);

    [Fact]
    public void Entry_names_are_required()
        => Assert.Equal(["entries[0].name"], ErrorsOf($$"""{ "entries": [ { {{Full}} } ] }""").Keys);

    [Fact]
    public void Entry_names_are_unique_whatever_their_case()
        => Assert.Equal(["entries[1].name"], ErrorsOf($$"""
            { "entries": [ { "name": "web", "channels": ["web"], {{Full}} }, { "name": "Web", "channels": ["app"], {{Full}} } ] }
            """).Keys);

    [Theory]
    [InlineData("""{ "name": "x", "orderTypes": ["standard", "layaway"], "steps": ["sourcing", "release"] }""", "entries[0].orderTypes[1]")]
    [InlineData("""{ "name": "x", "orderTypes": [1], "steps": ["sourcing", "release"] }""", "entries[0].orderTypes[0]")]
    [InlineData("""{ "name": "x", "channels": ["web", " "], "steps": ["sourcing", "release"] }""", "entries[0].channels[1]")]
    [InlineData("""{ "name": "x", "channels": "web", "steps": ["sourcing", "release"] }""", "entries[0].channels")]
    [InlineData("""{ "name": "x" }""", "entries[0].steps")]
    [InlineData("""{ "name": "x", "steps": ["sourcing", "release"], "priority": 1 }""", "entries[0].priority")]
    [InlineData("""[]""", "entries[0]")]
    public void A_bad_entry_is_refused_at_the_field_at_fault(string entry, string field)
        => Assert.Equal([field], ErrorsOf($$"""{ "entries": [ {{entry}} ] }""").Keys);

    [Fact]
    public void A_channel_that_does_not_exist_is_refused_when_the_channels_are_known()
    {
        var json = """{ "entries": [ { "name": "x", "channels": ["web", "bol"], "steps": ["sourcing", "release"] } ] }""";
        Assert.Equal(["entries[0].channels[1]"], ErrorsOf(json, ["web", "marketplace"]).Keys);
        Assert.Single(Workflows(json).Entries);
    }

    [Fact]
    public void Errors_in_several_entries_are_reported_together()
        => Assert.Equal(["entries[0].steps[1]", "entries[1].steps"], ErrorsOf("""
            { "entries": [ { "name": "a", "channels": ["web"], "steps": ["sourcing", "sourcing", "release"] },
                           { "name": "b", "steps": ["validation", "release"] } ] }
            """).Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void The_default_definition_round_trips_through_its_document()
    {
        var json = OrderWorkflowsDocuments.Write(OrderWorkflowDefinition.Default);
        var parsed = Workflows(json, ["web", "marketplace", "app", "pos", "callcenter"]);
        Assert.Equal(json, OrderWorkflowsDocuments.Write(parsed));
        Assert.Equal(OrderWorkflowDefinition.Default.Entries.Select(e => e.Name), parsed.Entries.Select(e => e.Name));
    }

    [Fact]
    public void A_document_with_holds_round_trips_canonically()
    {
        var json = """
            { "entries": [
                { "name": "b2b", "channels": ["B2B", "b2b"], "orderTypes": ["standard", "preOrder", "standard"],
                  "steps": ["validation", "sourcing", "release"],
                  "holds": [ { "type": "manualRelease" },
                             { "before": "sourcing", "type": "manualApproval", "totalAbove": { "usd": 12000, "EUR": 10000 } } ] },
                { "name": "default", "steps": ["validation", "fraudCheck", "paymentAuthorisation", "sourcing", "release"] } ] }
            """;
        var once = OrderWorkflowsDocuments.Write(Workflows(json));
        Assert.Equal(once, OrderWorkflowsDocuments.Write(OrderWorkflowsDocuments.Read(once)));
        var b2b = OrderWorkflowsDocuments.Read(once).Entries[0];
        Assert.Equal(["B2B"], b2b.Channels);
        Assert.Equal([OrderType.Standard, OrderType.PreOrder], b2b.OrderTypes);
        Assert.Equal([WorkflowHoldKind.ManualApproval, WorkflowHoldKind.ManualRelease], b2b.Holds.Select(h => h.Kind));
        Assert.Contains("\"orderTypes\": [\n        \"standard\",\n        \"preOrder\"\n      ]", once.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
