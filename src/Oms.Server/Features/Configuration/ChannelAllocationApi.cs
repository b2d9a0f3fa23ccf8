using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Inventory;
using Oms.Persistence;
using Oms.Server.Web;

namespace Oms.Server.Features.Configuration;

public sealed record SaveAllocationRequest(IReadOnlyList<ChannelAllocationRule>? Rules, string? Comment);

/// <summary>Each channel's share of stock (available-to-sell), versioned and audited, changed at runtime.</summary>
public static class ChannelAllocationApi
{
    public static void MapChannelAllocationApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/channels/{channel}/allocation").WithTags("Channels");

        g.MapGet("/", async Task<Ok<ConfigurationVersionResponse>> (string channel, OmsDbContext db, CancellationToken ct) =>
            {
                await EnsureChannelAsync(db, channel, ct);
                var active = await db.ActiveAsync(ConfigurationStore.ChannelAllocation, channel, ct);
                return TypedResults.Ok(active is null
                    ? new ConfigurationVersionResponse(ConfigurationStore.ChannelAllocation, channel, 0, true, "No allocation: the channel may sell all available stock.",
                        "system:oms", DateTime.UnixEpoch, null, null, JsonDocument.Parse(ChannelAllocation.Unrestricted.Serialize()).RootElement.Clone())
                    : ConfigurationVersionResponse.From(active));
            })
            .WithName("GetChannelAllocation").WithSummary("The channel's active stock allocation (its share of each location's stock)")
            .ProducesProblem(404);

        g.MapPut("/", async Task<Ok<ConfigurationVersionResponse>> (string channel, SaveAllocationRequest body, HttpContext http, OmsDbContext db,
                CommandRunner runner, TimeProvider clock, CancellationToken ct) =>
            {
                var doc = ChannelAllocation.Parse(JsonSerializer.Serialize(new { rules = body.Rules }, JsonOptions)).Serialize();
                var actor = ActorHeader.From(http);
                var saved = await runner.RunAsync(async token =>
                {
                    await EnsureChannelAsync(db, channel, token);
                    return await db.SaveAsync(ConfigurationStore.ChannelAllocation, channel, doc, body.Comment, activate: true, actor, clock.GetUtcNow().UtcDateTime, token);
                }, ct);
                return TypedResults.Ok(ConfigurationVersionResponse.From(saved));
            })
            .WithName("SaveChannelAllocation")
            .WithSummary("Save a new version of the channel's allocation and activate it at once (takes effect with the next order)")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(422);

        g.MapGet("/versions", async Task<Ok<List<ConfigurationVersionResponse>>> (string channel, OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok((await db.HistoryAsync(ConfigurationStore.ChannelAllocation, channel, ct)).Select(ConfigurationVersionResponse.From).ToList()))
            .WithName("ListChannelAllocationVersions").WithSummary("Every version of the channel's allocation, newest first, with who saved and activated it");
    }

    /// <summary>The active allocation of a channel; unrestricted when it has none.</summary>
    public static async Task<ChannelAllocation> AllocationAsync(this OmsDbContext db, string channel, CancellationToken ct)
        => await db.ActiveAsync(ConfigurationStore.ChannelAllocation, channel, ct) is { } v ? ChannelAllocation.Parse(v.Document) : ChannelAllocation.Unrestricted;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static async Task EnsureChannelAsync(OmsDbContext db, string channel, CancellationToken ct)
    {
        if (!await db.Channels.AnyAsync(c => c.Code == channel, ct)) throw new NotFoundException("Channel", channel);
    }
}
