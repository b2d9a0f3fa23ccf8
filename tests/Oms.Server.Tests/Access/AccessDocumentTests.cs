using System.Text.Json.Nodes;
using Oms.Server.Tests.Infrastructure;

namespace Oms.Server.Tests.Access;

/// <summary>The OpenAPI document says how to authenticate and, per operation, who may call it.</summary>
public sealed class AccessDocumentTests(SqliteFixture fx) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task Every_operation_names_its_access_and_every_non_public_one_requires_a_key_or_a_token()
    {
        using var http = fx.AnonymousClient();
        var document = JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json"))!;
        var schemes = document["components"]!["securitySchemes"]!.AsObject();
        Assert.Equal("X-Api-Key", (string?)schemes["apiKey"]!["name"]);
        Assert.Equal("bearer", (string?)schemes["bearer"]!["scheme"]);

        var operations = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject()
            .Where(m => m.Value is JsonObject o && o.ContainsKey("responses"))
            .Select(m => (Name: $"{m.Key.ToUpperInvariant()} {p.Key}", Op: m.Value!.AsObject()))).ToList();
        Assert.NotEmpty(operations);
        foreach (var (name, op) in operations)
        {
            var description = (string?)op["description"] ?? "";
            Assert.True(description.Contains("**Access:**", StringComparison.Ordinal), $"{name} does not say who may call it.");
            var isPublic = description.Contains("**Access:** public.", StringComparison.Ordinal);
            Assert.True(isPublic != op.ContainsKey("security"), $"{name}: public {isPublic}, security {op["security"]?.ToJsonString()}");
        }
        Assert.Contains(operations, o => o.Name == "POST /api/auth/sign-in" && !o.Op.ContainsKey("security"));
        Assert.Contains(operations, o => o.Name == "POST /api/orders/{idOrNumber}/cancel"
            && ((string?)o.Op["description"])!.Contains("`orders.cancel`", StringComparison.Ordinal));
    }
}
