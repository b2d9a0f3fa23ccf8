using Oms.Domain.Payments;
using Oms.Domain.Returns;

namespace Oms.Domain.Tests.Returns;

public sealed class RefundAllocationTests
{
    private static readonly RefundInstrument GiftCard = new(1, PaymentMethod.GiftCard, "giftcards", 20m, 0m);
    private static readonly RefundInstrument Card = new(2, PaymentMethod.Card, "stripe", 80m, 0m);

    [Fact]
    public void With_gift_cards_last_the_card_is_refunded_first()
    {
        var result = RefundAllocation.Allocate(50m, "EUR", [GiftCard, Card], RefundAllocationPolicy.GiftCardsLast);

        Assert.Equal([(2, 50m, RefundPaidAs.OriginalInstrument)],
            result.Portions.Select(p => (p.PaymentSequence!.Value, p.Amount, p.PaidAs)));
    }

    [Fact]
    public void With_gift_cards_first_the_gift_card_is_filled_up_to_its_capture_and_the_card_takes_the_rest()
    {
        var result = RefundAllocation.Allocate(50m, "EUR", [GiftCard, Card], RefundAllocationPolicy.GiftCardsFirst);

        Assert.Equal([(1, 20m), (2, 30m)], result.Portions.Select(p => (p.PaymentSequence!.Value, p.Amount)));
        Assert.Equal(0m, result.Unplaced);
    }

    [Fact]
    public void No_instrument_gets_more_than_captured_less_refunded_and_pending_and_the_rest_is_reported()
    {
        var card = Card with { Refunded = 60m, PendingRefunds = 10m };

        var result = RefundAllocation.Allocate(50m, "EUR", [GiftCard, card], RefundAllocationPolicy.GiftCardsLast);

        Assert.Equal([(2, 10m), (1, 20m)], result.Portions.Select(p => (p.PaymentSequence!.Value, p.Amount)));
        Assert.Equal(20m, result.Unplaced);
        Assert.Equal("20.00 EUR is more than the instruments captured less what was refunded (30.00 EUR left)", result.UnplacedReason);
    }

    [Fact]
    public void All_as_store_credit_charges_the_instruments_but_pays_store_credit()
    {
        var result = RefundAllocation.Allocate(90m, "EUR", [GiftCard, Card], RefundAllocationPolicy.AllAsStoreCredit);

        Assert.All(result.Portions, p => Assert.Equal(RefundPaidAs.StoreCredit, p.PaidAs));
        Assert.Equal(90m, result.Placed);
    }

    [Fact]
    public void Cash_taken_at_a_till_goes_back_as_cash()
    {
        var cash = new RefundInstrument(1, PaymentMethod.Cash, "offline", 30m, 0m);

        var result = RefundAllocation.Allocate(30m, "EUR", [cash], RefundAllocationPolicy.GiftCardsLast);

        Assert.Equal(RefundPaidAs.CashAtTill, Assert.Single(result.Portions).PaidAs);
    }

    [Fact]
    public void An_order_paid_outside_the_oms_gets_a_refund_instruction_for_the_channel()
    {
        var result = RefundAllocation.Allocate(12.5m, "EUR", [], RefundAllocationPolicy.GiftCardsLast);

        var portion = Assert.Single(result.Portions);
        Assert.Equal((RefundPaidAs.ChannelInstruction, (int?)null, 12.5m), (portion.PaidAs, portion.PaymentSequence, portion.Amount));
    }
}
