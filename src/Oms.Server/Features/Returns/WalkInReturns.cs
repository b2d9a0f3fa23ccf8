using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Domain.Returns;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Returns;

/// <summary>
/// A customer may bring any purchase back to any store, so a store's staff and till may open a return for an order they
/// otherwise cannot see (an online order, another store's sale) — as long as the goods are handed in at one of their own
/// stores. Anyone else reaches only the orders their scope shows; an order outside it stays 404.
/// </summary>
internal static class WalkInReturns
{
    public static async Task<Order> OrderAsync(CommandContext ctx, string idOrNumber, ReturnRequest body, CancellationToken ct)
    {
        try
        {
            return await ctx.OrderAsync(idOrNumber, ct);
        }
        catch (NotFoundException) when (IsWalkIn(ctx, body))
        {
            return await ctx.OrderBehindAsync(idOrNumber, ct);
        }
    }

    /// <summary>A caller bound to stores (not to a channel), handing the goods in at one of them.</summary>
    public static bool IsWalkIn(CommandContext ctx, ReturnRequest body)
        => ctx.Access.Channel is null && ctx.Access.Locations is not null && body.Method == ReturnMethod.HandInAtStore
           && body.ExpectedLocation is { } at && ctx.Access.CanSeeLocation(at.Trim());

    /// <summary>The store whose till serves the caller: <paramref name="preferred"/> when they may reach it, else their only location.</summary>
    public static string? CallerLocation(CommandContext ctx, string? preferred)
        => ctx.Access.Locations switch
        {
            null => null,
            var ls when preferred is not null && ls.Contains(preferred) => preferred,
            { Count: 1 } ls => ls.First(),
            _ => null,
        };
}
