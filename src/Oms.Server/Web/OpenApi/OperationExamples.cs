using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Oms.Server.Web.OpenApi;

internal sealed class OperationExamples : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
        => Task.CompletedTask;
}
