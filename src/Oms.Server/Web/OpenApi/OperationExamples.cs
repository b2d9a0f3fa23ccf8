using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Oms.Server.Web.OpenApi;

/// <summary>
/// A working example for an operation, from the embedded file <c>Examples/{operationId}.json</c>: <c>parameters</c>
/// (name → value) fill the path, query and header fields, <c>body</c> is the JSON request body and <c>csv</c> a
/// text/csv one. The values use the demo data's codes, so that "Test Request" on the API page works on a fresh server.
/// </summary>
internal sealed class OperationExamples : IOpenApiOperationTransformer
{
    private static readonly ConcurrentDictionary<string, JsonObject?> Files = new(StringComparer.Ordinal);

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId is not { } id || Load(id) is not { } example) return Task.CompletedTask;
        if (example["parameters"] is JsonObject parameters)
        {
            foreach (var p in (operation.Parameters ?? []).OfType<OpenApiParameter>())
                if (p.Name is { } name && parameters[name] is { } value) p.Example = value.DeepClone();
        }
        if (operation.RequestBody?.Content is { } content)
        {
            if (example["body"] is { } body && content.TryGetValue("application/json", out var json)) json.Example = body.DeepClone();
            if (example["csv"] is { } csv && content.TryGetValue("text/csv", out var text)) text.Example = csv.DeepClone();
        }
        return Task.CompletedTask;
    }

    /// <summary>The example of an operation, or null when it has none.</summary>
    internal static JsonObject? Load(string operationId) => Files.GetOrAdd(operationId, static id =>
    {
        using var stream = typeof(OperationExamples).Assembly.GetManifestResourceStream($"Oms.Server.Web.OpenApi.Examples.{id}.json");
        return stream is null ? null : JsonNode.Parse(stream)!.AsObject();
    });
}
