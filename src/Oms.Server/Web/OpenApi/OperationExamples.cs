using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Oms.Server.Web.OpenApi;

/// <summary>
/// A working example for an operation, from the embedded file <c>Examples/{operationId}.json</c>: <c>parameters</c>
/// (name → value) fill the path, query and header fields, <c>body</c> is the JSON request body and <c>csv</c> a
/// text/csv one, <c>text</c> any other text body (an EDI interchange). The values use the demo data's codes, so that "Test Request" on the API page works on a fresh server.
/// </summary>
internal sealed class OperationExamples : IOpenApiDocumentTransformer
{
    private static readonly ConcurrentDictionary<string, JsonObject?> Files = new(StringComparer.Ordinal);

    /// <remarks>A document transformer, so that it runs after the endpoints' own operation transformers (which may set the body).</remarks>
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations ?? []).Select(o => o.Value)) Apply(operation);
        return Task.CompletedTask;
    }

    private static void Apply(OpenApiOperation operation)
    {
        if (operation.OperationId is not { } id || Load(id) is not { } example) return;
        if (example["parameters"] is JsonObject parameters)
        {
            foreach (var p in (operation.Parameters ?? []).OfType<OpenApiParameter>())
                if (p.Name is { } name && parameters[name] is { } value) p.Example = value.DeepClone();
        }
        if (operation.RequestBody?.Content is { } content)
        {
            if (example["body"] is { } body && content.TryGetValue("application/json", out var json)) json.Example = body.DeepClone();
            if (example["csv"] is { } csv && content.TryGetValue("text/csv", out var text)) text.Example = csv.DeepClone();
            // Any other text body (text/plain, application/edi-x12): the file as it is sent.
            if (example["text"] is { } raw)
                foreach (var (media, type) in content.Where(c => c.Key is not ("application/json" or "text/csv")))
                    type.Example = raw.DeepClone();
        }
    }

    /// <summary>The example of an operation, or null when it has none.</summary>
    internal static JsonObject? Load(string operationId) => Files.GetOrAdd(operationId, static id =>
    {
        using var stream = typeof(OperationExamples).Assembly.GetManifestResourceStream($"Oms.Server.Web.OpenApi.Examples.{id}.json");
        return stream is null ? null : JsonNode.Parse(stream)!.AsObject();
    });
}
