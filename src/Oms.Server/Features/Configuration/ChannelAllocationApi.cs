using Oms.Domain.Access;
using Oms.Server.Web.Access;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Inventory;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using Oms.Server.Web;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Configuration;

[RequiredFields("rules")]
public sealed record SaveAllocationRequest(IReadOnlyList<ChannelAllocationRule?>? Rules, string? Comment);

/// <summary>Each channel's share of stock (available-to-sell), versioned and audited, changed at runtime.</summary>
public static class ChannelAllocationApi
{
    public static void MapChannelAllocationApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/channels/{channel}/allocation").WithTags("Channels");

        g.MapGet("/", async Task<Ok<ConfigurationVersionResponse>> (string channel, OmsDbContext db, CancellationToken ct) =>
            {
                await EnsureChannelAsync(db, channel, ct);
                var active = await db.ActiveAsync(ChannelAllocations.Kind, channel, ct);
                return TypedResults.Ok(active is null
                    ? new ConfigurationVersionResponse(ChannelAllocations.Kind, channel, 0, true, "No allocation: the channel may sell all available stock.",
                        "system:oms", DateTime.UnixEpoch, null, null, JsonDocument.Parse(ChannelAllocation.Unrestricted.Serialize()).RootElement.Clone())
                    : ConfigurationVersionResponse.From(active));
            })
            .RequirePermission(Permissions.RulesRead).WithName("GetChannelAllocation").WithSummary("The channel's active stock allocation (its share of each location's stock)")
            .ProducesProblem(404);

        g.MapPut("/", async Task<Ok<ConfigurationVersionResponse>> (string channel, SaveAllocationRequest body, HttpContext http, CommandBus bus,
                CancellationToken ct)
                => TypedResults.Ok(ConfigurationVersionResponse.From(await bus.SendAsync(new SaveChannelAllocation(channel, body.Rules, body.Comment),
                    ActorHeader.From(http), ct))))
            .ReadsActor().RequirePermission(Permissions.RulesWrite).WithName("SaveChannelAllocation")
            .WithSummary("Save a new version of the channel's allocation and activate it at once (takes effect with the next order)")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(422);

        g.MapGet("/versions", async Task<Ok<CursorPage<ConfigurationVersionResponse>>> (string channel, int? limit, string? cursor, OmsDbContext db,
                CancellationToken ct) => TypedResults.Ok(await db.PageAsync(ChannelAllocations.Kind, channel, limit, cursor, ct)))
            .RequirePermission(Permissions.RulesRead).WithName("ListChannelAllocationVersions")
            .WithSummary("Every version of the channel's allocation, newest first, with who saved and activated it; cursor-paged")
            .ProducesValidationProblem();
    }

    internal static async Task EnsureChannelAsync(OmsDbContext db, string channel, CancellationToken ct)
    {
        if (!await db.Channels.AnyAsync(c => c.Code == channel, ct)) throw new NotFoundException("Channel", channel);
    }
}
