using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Oms.Domain.Inventory;
using Oms.Server.Core.Configuration.Documents.Fraud;
using Oms.Server.Core.Configuration.Documents.Sourcing;
using Oms.Server.Core.Configuration.Documents.Workflows;
using Oms.Server.Demo;
using Oms.Server.Tests.Infrastructure;
using Oms.Server.Web;

namespace Oms.Server.Tests;

/// <summary>What the OpenAPI document promises, checked against the server's answers: examples, headers, required fields, documents.</summary>
public abstract class OpenApiExampleTests(OmsFixture fx)
{
    /// <summary>Operations whose example works on a fresh demo server as it stands (the others need an order, a receipt…).</summary>
    private static readonly string[] WorkOnTheDemo =
    [
        "CaptureOrder", "SetStockSnapshot", "PutLocation", "PutProduct", "PutChannel", "PutCarrier", "AllocateBackorders", "SetStock",
        "AdjustStock", "AddExpectedReceipt", "StartImport", "LoadPostalCodeTable", "SaveChannelAllocation", "SaveRuleSet",
        "SaveFraudRules", "SaveOrderWorkflows", "SaveReturnPolicy", "SaveRefundApprovalPolicy", "SaveReturnSettings",
    ];

    private static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowOutOfOrderMetadataProperties = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    private HttpClient Http => fx.Api.Http;

    [Fact]
    public async Task Every_documented_example_is_accepted_by_its_operation()
    {
        var (_, operations) = await DocumentedOperation.LoadAsync(Http);
        var tried = new List<string>();
        foreach (var o in operations.Where(o => o.BodyContent is not null))
        {
            foreach (var (mediaType, _) in o.BodyContent!)
            {
                using var response = await Http.SendAsync(o.Request(mediaType));
                var text = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                Assert.True(status != 400 && status < 500, $"{o.Name} with its {mediaType} example answered {status}: {text}");
                if (WorkOnTheDemo.Contains(o.Id)) Assert.True(status is >= 200 and < 300, $"{o.Name} with its {mediaType} example answered {status}: {text}");
                tried.Add(o.Id);
            }
        }
        Assert.Superset(WorkOnTheDemo.ToHashSet(), tried.ToHashSet());

        // Reads with example parameters (a SKU, a location, a channel) answer as "Test Request" would get them.
        foreach (var o in operations.Where(o => o.Method == "get" && o.Parameters.Any(p => p!["example"] is not null)))
        {
            using var response = await Http.SendAsync(o.Request(null));
            Assert.True(response.StatusCode == HttpStatusCode.OK || (o.Id == "GetRuleSet" && response.StatusCode == HttpStatusCode.NotFound),
                $"{o.Name} with its example parameters answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>The demo till of STORE-AMS: the kind of key that may name the person it acts for in X-Actor.</summary>
    private static readonly string TillKey = DemoAccess.Keys.Single(k => k.Name == "STORE-AMS").Key;

    [Fact]
    public async Task X_Actor_is_checked_from_a_key_that_may_act_on_behalf_and_refused_from_any_other_key()
    {
        var (_, operations) = await DocumentedOperation.LoadAsync(Http);
        var tooLong = new string('a', ActorHeader.MaxLength + 1);
        foreach (var o in operations)
        {
            using var fromTill = o.Request(o.BodyContent?.First().Key, tooLong);
            fromTill.Headers.Add("X-Api-Key", TillKey);
            using var response = await Http.SendAsync(fromTill);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest && text.Contains("\"X-Actor\"", StringComparison.Ordinal),
                $"{o.Name}: an over-long X-Actor from a till answered {(int)response.StatusCode}: {text}");

            using var fromAdmin = await Http.SendAsync(o.Request(o.BodyContent?.First().Key, "agent:anna"));
            await OmsClient.ProblemAsync(fromAdmin, HttpStatusCode.Forbidden);
        }
        // Documented where a command records who acted: writes only, with the length the server enforces.
        var documented = operations.Where(o => o.Documents("X-Actor")).ToList();
        Assert.NotEmpty(documented);
        Assert.All(documented, o => Assert.NotEqual("get", o.Method));
        Assert.All(documented, o => Assert.Equal(ActorHeader.MaxLength,
            (int)o.Parameters.Single(p => (string?)p!["name"] == "X-Actor")!["schema"]!["maxLength"]!));
    }

    [Fact]
    public async Task Capture_refuses_each_required_field_left_out_by_name_and_captures_without_each_optional_one()
    {
        var (document, operations) = await DocumentedOperation.LoadAsync(Http);
        var capture = operations.Single(o => o.Id == "CaptureOrder");
        var n = 0;
        async Task<(HttpStatusCode Status, string Body)> Send(Action<JsonObject> change)
        {
            using var request = capture.Request("application/json", body: b =>
            {
                b["channelOrderId"] = $"REQUIRED-{fx.Provider}-{++n}";
                change(b.AsObject());
                return b;
            }, exampleHeaders: false);
            using var response = await Http.SendAsync(request);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        string[] Required(string schema) => [.. document["components"]!["schemas"]![schema]!["required"]!.AsArray().Select(r => (string)r!)];

        var cases = Required("CaptureOrderRequest").Select(f => (Field: f, Remove: (Action<JsonObject>)(b => b.Remove(f))))
            .Concat(Required("OrderLineRequest").Select(f => ($"lines[0].{f}", (Action<JsonObject>)(b => b["lines"]![0]!.AsObject().Remove(f)))))
            .Concat(Required("AddressRequest").Select(f => ($"shippingAddress.{f}", (Action<JsonObject>)(b => b["shippingAddress"]!.AsObject().Remove(f)))));
        foreach (var (field, remove) in cases)
        {
            var (status, body) = await Send(remove);
            Assert.True(status is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"Without {field}: {(int)status} {body}");
            var errors = JsonNode.Parse(body)!["errors"]!.AsObject();
            Assert.True(errors.ContainsKey(field), $"Without {field} the errors name {string.Join(", ", errors.Select(e => e.Key))}");
        }

        // Optional fields the example gives; customer and shippingAddress are required for this order in particular (a web
        // order needs a customer, a shipped line without its own address the order's), as their descriptions say.
        string[] optional = ["type", "currency", "billingAddress", "shippingCharge", "payments"];
        Assert.All(optional, f => Assert.DoesNotContain(f, Required("CaptureOrderRequest")));
        foreach (var field in optional)
        {
            var (status, body) = await Send(b => b.Remove(field));
            Assert.True(status == HttpStatusCode.Created, $"Without {field}: {(int)status} {body}");
        }
        foreach (var field in new[] { "discount", "tax" })
        {
            var (status, body) = await Send(b => b["lines"]![0]!.AsObject().Remove(field));
            Assert.True(status == HttpStatusCode.Created, $"Without lines[0].{field}: {(int)status} {body}");
        }
    }

    [Fact]
    public async Task The_configuration_documents_served_and_documented_fit_their_schemas_strictly()
    {
        var (_, operations) = await DocumentedOperation.LoadAsync(Http);
        JsonNode Example(string id) => operations.Single(o => o.Id == id).BodyContent!["application/json"]!["example"]!;
        async Task<string> Active(string path) => JsonNode.Parse(await Http.GetStringAsync(path))!["document"]!.ToJsonString();

        var ruleSet = JsonSerializer.Deserialize<SourcingRuleSetDocument>(await Http.GetStringAsync("/api/sourcing/rule-sets/default-document"), Strict)!;
        Assert.Contains(ruleSet.Rankers!, r => r is PrioritySourcingRanker { Locations: { } locations } && locations.Contains("@central"));
        var fraud = JsonSerializer.Deserialize<FraudRulesDocument>(await Active("/api/configuration/fraud-rules"), Strict)!;
        Assert.Contains(fraud.Rules!, r => r is CardsPerCustomerFraudRule { Window: "1d" });
        var workflows = JsonSerializer.Deserialize<OrderWorkflowsDocument>(await Active("/api/configuration/order-workflows"), Strict)!;
        Assert.Contains(workflows.Entries!, e => e!.Holds?.Any(h => h is PayInStoreHold) == true);
        Assert.NotNull(JsonSerializer.Deserialize<ChannelAllocation>(await Active("/api/channels/web/allocation"), Strict));

        Assert.NotNull(JsonSerializer.Deserialize<SourcingRuleSetDocument>(Example("SaveRuleSet")["document"]!.ToJsonString(), Strict));
        Assert.NotNull(JsonSerializer.Deserialize<FraudRulesDocument>(Example("SaveFraudRules").ToJsonString(), Strict));
        Assert.NotNull(JsonSerializer.Deserialize<OrderWorkflowsDocument>(Example("SaveOrderWorkflows").ToJsonString(), Strict));
    }
}

public sealed class OpenApiExampleTests_Sqlite(SqliteFixture fx) : OpenApiExampleTests(fx), IClassFixture<SqliteFixture>;

public sealed class OpenApiExampleTests_Postgres(PostgresFixture fx) : OpenApiExampleTests(fx), IClassFixture<PostgresFixture>;
