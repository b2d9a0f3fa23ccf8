using Oms.Domain.Access;
using Oms.Server.Web.Access;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Web;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Network;

/// <summary>The sales channels: create and change them. Channels are never deleted; disable them instead.</summary>
public static class ChannelsApi
{
    public static void MapChannelsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/channels/{code}", async Task<Ok<ChannelResponse>> (string code, OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok(ChannelResponse.From(await db.Channels.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, ct)
                    ?? throw new NotFoundException("Channel", code))))
            .WithTags("Channels").RequirePermission(Permissions.NetworkRead).WithName("GetChannel").WithSummary("One sales channel").ProducesProblem(404);

        app.MapPut("/api/channels/{code}", async Task<Results<Created<ChannelResponse>, Ok<ChannelResponse>>> (string code,
                ChannelRequest body, IValidator<ChannelRequest> validator, HttpContext http, CommandBus bus,
                CancellationToken ct) =>
            {
                var request = body with { Code = RouteKeys.Merge(body.Code, code, "code") };
                await validator.ValidateAndThrowAsync(request, ct);
                var result = await bus.RunAsync(ActorHeader.From(http), (ctx, token) =>
                    ChannelWriter.UpsertAsync(ctx.Db, request, ChangeContext.From(ctx, ChangeContext.Api), token), ct);
                return result.Created
                    ? TypedResults.Created($"/api/channels/{Uri.EscapeDataString(result.Record.Code)}", result.Record)
                    : TypedResults.Ok(result.Record);
            })
            .WithTags("Channels").ReadsActor().RequirePermission(Permissions.NetworkWrite).WithName("PutChannel")
            .WithSummary("Create a sales channel (201) or replace its name, type, currency and policies (200); audited")
            .ProducesValidationProblem().ProducesProblem(422);
    }
}
