using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Oms.Server.Tests.Infrastructure;

/// <summary>One operation of the served OpenAPI document, and requests built from its documented examples.</summary>
public sealed record DocumentedOperation(string Path, string Method, JsonObject Operation)
{
    public string Id => (string)Operation["operationId"]!;
    public string Name => $"{Method.ToUpperInvariant()} {Path} ({Id})";
    public JsonArray Parameters => Operation["parameters"] as JsonArray ?? [];
    public JsonObject? BodyContent => Operation["requestBody"]?["content"] as JsonObject;

    public bool Documents(string header) => Parameters.Any(p => (string?)p!["in"] == "header" && (string?)p["name"] == header);

    /// <summary>
    /// A request as the API page's "Test Request" sends it: every parameter's example (a placeholder for a path parameter
    /// without one), the example body of <paramref name="mediaType"/> (changed by <paramref name="body"/>), and
    /// <paramref name="actor"/> as X-Actor when given.
    /// </summary>
    public HttpRequestMessage Request(string? mediaType, string? actor = null, Func<JsonNode, JsonNode>? body = null, bool exampleHeaders = true)
    {
        var path = Path;
        var query = new List<string>();
        var headers = new List<(string, string)>();
        foreach (var p in Parameters)
        {
            var name = (string)p!["name"]!;
            var example = p["example"];
            var text = example is null ? null : example.GetValueKind() == JsonValueKind.String ? (string)example! : example.ToJsonString();
            switch ((string?)p["in"])
            {
                case "path":
                    var format = (string?)p["schema"]?["format"];
                    var placeholder = format == "uuid" ? Guid.NewGuid().ToString() : format == "int32" ? "1" : "x";
                    path = path.Replace($"{{{name}}}", Uri.EscapeDataString(text ?? placeholder), StringComparison.Ordinal);
                    break;
                case "query" when text is not null:
                    query.Add($"{name}={Uri.EscapeDataString(text)}");
                    break;
                case "header" when text is not null && name != "X-Actor" && exampleHeaders:
                    headers.Add((name, text));
                    break;
            }
        }
        var request = new HttpRequestMessage(new HttpMethod(Method.ToUpperInvariant()), query.Count == 0 ? path : $"{path}?{string.Join('&', query)}");
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        if (actor is not null) request.Headers.TryAddWithoutValidation("X-Actor", actor);
        if (mediaType is not null && BodyContent?[mediaType]?["example"] is { } bodyExample)
        {
            var sent = body is null ? bodyExample.DeepClone() : body(bodyExample.DeepClone());
            var text = sent.GetValueKind() == JsonValueKind.String && mediaType != "application/json" ? (string)sent! : sent.ToJsonString();
            request.Content = new StringContent(text, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        }
        return request;
    }

    public static async Task<(JsonObject Document, IReadOnlyList<DocumentedOperation> Operations)> LoadAsync(HttpClient http)
    {
        var document = JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json"))!.AsObject();
        var operations = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Where(m => m.Value is JsonObject { } o && o.ContainsKey("responses"))
                .Select(m => new DocumentedOperation(p.Key, m.Key, m.Value!.AsObject())))
            .ToList();
        return (document, operations);
    }
}
