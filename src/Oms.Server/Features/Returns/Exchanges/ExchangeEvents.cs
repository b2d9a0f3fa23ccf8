using Oms.Domain.Returns;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Outbox;

namespace Oms.Server.Features.Returns.Exchanges;

/// <summary>The work items an exchange gives the OMS through the outbox (internal, never published).</summary>
public static class ExchangeEvents
{
    /// <summary>Capture the exchange order of a return that was just requested (data: <see cref="ExchangeOrderWork"/>).</summary>
    public const string CreateOrder = "oms.exchange-order";
    /// <summary>The goods of an exchange are in: release its order held for them (data: <see cref="ExchangeGoodsIn"/>).</summary>
    public const string GoodsIn = "oms.exchange-goods-in";

    /// <summary>Called by the receipt: once every unit came back as the sold item, the held exchange order may go.</summary>
    public static void RaiseIfGoodsIn(CommandContext ctx, ReturnOrder ret)
    {
        if (ret.ExchangeCredit is not null && ret.ReleaseMode == ExchangeReleaseMode.OnReceipt && ret.ReplacementMayGo)
            ctx.Raise(new PendingEvent(GoodsIn, ret.Id.ToString(), ret.Number, new ExchangeGoodsIn(ret.Id, ctx.Actor.ToString()), true));
    }
}

/// <summary>The exchange order to capture, as built and checked when the exchange was requested, and who asked.</summary>
/// <param name="AwaitReturn">Capture it on an awaiting-return hold (release on receipt).</param>
public sealed record ExchangeOrderWork(Guid ReturnId, string ReturnNumber, string Actor, CaptureOrderRequest Capture, bool AwaitReturn);

public sealed record ExchangeGoodsIn(Guid ReturnId, string Actor);
