using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Oms.Server.Tests.Infrastructure;

namespace Oms.Server.Tests;

/// <summary>The OpenAPI document as a contract: types, required fields, headers, problems and examples a client can trust.</summary>
public abstract partial class OpenApiDocumentTests(OmsFixture fx)
{
    private static readonly string[] ProblemSchemas =
        ["#/components/schemas/Problem", "#/components/schemas/ValidationProblem", "#/components/schemas/ConflictProblem"];

    private Task<(JsonObject Document, IReadOnlyList<DocumentedOperation> Operations)> LoadAsync() => DocumentedOperation.LoadAsync(fx.Api.Http);

    private static JsonObject Schema(JsonObject document, string name) => document["components"]!["schemas"]![name]!.AsObject();

    private static string[] Required(JsonObject schema) => [.. (schema["required"]?.AsArray() ?? []).Select(r => (string)r!).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task The_document_is_titled_and_versioned_for_the_OMS()
    {
        var (document, _) = await LoadAsync();
        Assert.Equal("Omnichannel OMS API", (string?)document["info"]!["title"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)document["info"]!["description"]));
        Assert.Equal("1.0", (string?)document["info"]!["version"]);
    }

    [Fact]
    public async Task Capture_requires_exactly_the_fields_an_order_cannot_do_without()
    {
        var (document, _) = await LoadAsync();
        Assert.Equal(["channel", "channelOrderId", "lines"], Required(Schema(document, "CaptureOrderRequest")));
        Assert.Equal(["deliveryMethod", "quantity", "sku", "unitPrice"], Required(Schema(document, "OrderLineRequest")));
        Assert.Equal(["city", "country", "line1", "name", "postalCode"], Required(Schema(document, "AddressRequest")));
        Assert.Equal(["method"], Required(Schema(document, "PaymentRequest")));

        var line = Schema(document, "OrderLineRequest")["properties"]!;
        Assert.Equal("integer", (string?)line["quantity"]!["type"]);
        Assert.Equal("#/components/schemas/DeliveryMethod", (string?)line["deliveryMethod"]!["$ref"]);
        Assert.Equal(["null", "number"], line["discount"]!["type"]!.AsArray().Select(t => (string)t!));
        Assert.Equal("decimal", (string?)line["unitPrice"]!["format"]);
        Assert.Equal("null", (string?)Schema(document, "CaptureOrderRequest")["properties"]!["billingAddress"]!["oneOf"]![0]!["type"]);
    }

    [Fact]
    public async Task No_value_is_typed_as_a_number_or_a_string_and_every_property_has_a_type()
    {
        var (document, _) = await LoadAsync();
        var problems = new List<string>();
        Walk(document, "#", problems);
        Assert.Empty(problems);
    }

    private static void Walk(JsonNode? node, string path, List<string> problems)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["type"] is JsonArray types && types.Any(t => (string?)t == "string") && types.Any(t => (string?)t is "integer" or "number"))
                    problems.Add($"{path} is a number or a string");
                if (path.EndsWith("/properties", StringComparison.Ordinal))
                {
                    foreach (var (name, property) in o)
                        if (property is JsonObject p && !p.ContainsKey("type") && !p.ContainsKey("$ref") && !p.ContainsKey("oneOf"))
                            problems.Add($"{path}/{name} has no type");
                }
                foreach (var (key, value) in o.Where(kv => kv.Key is not ("example" or "examples")))
                    Walk(value, $"{path}/{key}", problems);
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++) Walk(a[i], $"{path}/{i}", problems);
                break;
        }
    }

    [Fact]
    public async Task Enum_values_are_camelCase_strings()
    {
        var (document, _) = await LoadAsync();
        var enums = document["components"]!["schemas"]!.AsObject().Where(s => s.Value!["enum"] is not null).ToList();
        Assert.Contains(enums, e => e.Key == "DeliveryMethod");
        Assert.All(enums, e =>
        {
            Assert.Equal("string", (string?)e.Value!["type"]);
            Assert.All(e.Value["enum"]!.AsArray(), v => Assert.Matches(CamelCase(), (string?)v ?? "(null)"));
        });
    }

    [Fact]
    public async Task Every_operation_has_a_summary_and_every_request_body_an_example()
    {
        var (_, operations) = await LoadAsync();
        Assert.All(operations, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)o.Operation["summary"]), $"{o.Name} has no summary");
            foreach (var (mediaType, content) in o.BodyContent ?? [])
                Assert.True(content!["example"] is not null, $"{o.Name} has no {mediaType} example");
        });
        Assert.Contains(operations, o => o.BodyContent is not null);
    }

    [Fact]
    public async Task Every_operation_lists_its_problem_responses_as_problem_json()
    {
        var (_, operations) = await LoadAsync();
        Assert.All(operations, o =>
        {
            var responses = o.Operation["responses"]!.AsObject();
            Assert.True(responses.ContainsKey("500"), $"{o.Name} does not list 500");
            var takesInput = o.BodyContent is not null || o.Parameters.Any(p => (string?)p!["in"] is "query" or "header");
            if (takesInput) Assert.True(responses.ContainsKey("400"), $"{o.Name} takes input but does not list 400");
            if (o.Method != "get") Assert.True(responses.ContainsKey("409"), $"{o.Name} writes but does not list 409");
            foreach (var (status, response) in responses.Where(r => int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture) >= 400))
            {
                var schema = (string?)response!["content"]?["application/problem+json"]?["schema"]?["$ref"];
                Assert.True(schema is not null && ProblemSchemas.Contains(schema), $"{o.Name} answers {status} without a problem schema");
            }
        });
        var capture = operations.Single(o => o.Id == "CaptureOrder").Operation["responses"]!;
        Assert.Equal("#/components/schemas/ValidationProblem", (string?)capture["400"]!["content"]!["application/problem+json"]!["schema"]!["$ref"]);
        Assert.Equal("#/components/schemas/ConflictProblem", (string?)capture["409"]!["content"]!["application/problem+json"]!["schema"]!["$ref"]);
    }

    [Fact]
    public async Task The_configuration_documents_have_schemas_instead_of_free_JSON()
    {
        var (document, operations) = await LoadAsync();
        string? Body(string id) => (string?)operations.Single(o => o.Id == id).BodyContent!["application/json"]!["schema"]!["$ref"];
        Assert.Equal("#/components/schemas/FraudRulesDocument", Body("SaveFraudRules"));
        Assert.Equal("#/components/schemas/OrderWorkflowsDocument", Body("SaveOrderWorkflows"));
        Assert.Equal("#/components/schemas/SourcingRuleSetDocument",
            (string?)Schema(document, "SaveRuleSetRequest")["properties"]!["document"]!["$ref"]);
        Assert.Equal("#/components/schemas/FraudRulesDocument", (string?)Schema(document, "FraudRulesVersion")["properties"]!["document"]!["$ref"]);
        var rule = Schema(document, "FraudRuleDocument");
        Assert.Equal("type", (string?)rule["discriminator"]!["propertyName"]);
        Assert.Equal(8, rule["discriminator"]!["mapping"]!.AsObject().Count);
        Assert.Equal(["above", "points", "type", "window"], Required(Schema(document, "CardsPerCustomerFraudRule")));
        Assert.False((bool)Schema(document, "SourcingRuleSetDocument")["additionalProperties"]!);
        Assert.DoesNotContain(operations, o => o.Operation.ToJsonString().Contains("ConfigurationVersionResponse", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_reference_names_a_component_and_configuration_versions_are_typed_in_pages_too()
    {
        var (document, operations) = await LoadAsync();
        var components = document["components"]!["schemas"]!.AsObject();
        var references = new List<string>();
        References(document, references);
        Assert.All(references.Distinct(), r => Assert.True(components.ContainsKey(r["#/components/schemas/".Length..]), $"{r} names no component"));

        JsonNode Ok(string id) => operations.Single(o => o.Id == id).Operation["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
        Assert.Equal("#/components/schemas/CursorPageOfFraudRulesVersion", (string?)Ok("ListFraudRulesVersions")["$ref"]);
        Assert.Equal("#/components/schemas/FraudRulesVersion",
            (string?)Schema(document, "CursorPageOfFraudRulesVersion")["properties"]!["items"]!["items"]!["$ref"]);
        Assert.Equal("#/components/schemas/CursorPageOfSourcingRuleSetVersion", (string?)Ok("ListRuleSetVersions")["$ref"]);
        Assert.Equal("#/components/schemas/NotificationTemplateVersionResponse", (string?)Ok("GetNotificationTemplate")["$ref"]);
        Assert.Equal("#/components/schemas/NotificationTemplate",
            (string?)Schema(document, "NotificationTemplateVersionResponse")["properties"]!["document"]!["$ref"]);
        Assert.Equal(["enabled", "html", "subject", "text"], Required(Schema(document, "NotificationTemplate")));
    }

    private static void References(JsonNode? node, List<string> references)
    {
        if (node is JsonObject o)
        {
            if (o["$ref"] is JsonValue r && (string?)r is { } reference) references.Add(reference);
            foreach (var (_, value) in o) References(value, references);
        }
        else if (node is JsonArray a)
        {
            foreach (var item in a) References(item, references);
        }
    }

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex CamelCase();
}

public sealed class OpenApiDocumentTests_Sqlite(SqliteFixture fx) : OpenApiDocumentTests(fx), IClassFixture<SqliteFixture>;

public sealed class OpenApiDocumentTests_Postgres(PostgresFixture fx) : OpenApiDocumentTests(fx), IClassFixture<PostgresFixture>;
