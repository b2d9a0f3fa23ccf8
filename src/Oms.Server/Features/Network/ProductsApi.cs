using Oms.Domain.Access;
using Oms.Server.Web.Access;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Oms.Server.Core.Commands;
using Oms.Server.Web;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Network;

/// <summary>The retailer's catalogue: create and change products. Products are never deleted; deactivate them instead.</summary>
public static class ProductsApi
{
    public static void MapProductsApi(this IEndpointRouteBuilder app)
    {
        app.MapPut("/api/products/{sku}", async Task<Results<Created<ProductResponse>, Ok<ProductResponse>>> (string sku,
                ProductRequest body, IValidator<ProductRequest> validator, HttpContext http, CommandBus bus,
                CancellationToken ct) =>
            {
                var request = body with { Sku = RouteKeys.Merge(body.Sku, sku, "sku") };
                await validator.ValidateAndThrowAsync(request, ct);
                var result = await bus.RunAsync(ActorHeader.From(http), (ctx, token) =>
                    ProductWriter.UpsertAsync(ctx.Db, request, ChangeContext.From(ctx, ChangeContext.Api), token), ct);
                return result.Created
                    ? TypedResults.Created($"/api/products/{Uri.EscapeDataString(result.Record.Sku)}", result.Record)
                    : TypedResults.Ok(result.Record);
            })
            .WithTags("Catalog").ReadsActor().RequirePermission(Permissions.NetworkWrite).WithName("PutProduct")
            .WithSummary("Create a product (201) or replace its name, list price, currency, category and active flag (200); audited")
            .ProducesValidationProblem().ProducesProblem(422);
    }
}
