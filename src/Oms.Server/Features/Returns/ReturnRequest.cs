using Oms.Domain.Returns;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Returns.Exchanges;

namespace Oms.Server.Features.Returns;

/// <summary>
/// Which delivered, collected or carried-out units come back, why, how and where. <c>method</c> and
/// <c>expectedLocation</c> are required when the reason needs the goods back; a claim reason without goods back needs
/// neither (method <c>noGoodsBack</c>). <c>kind</c> defaults to <c>return</c> (<c>claim</c> for a reason without goods back).
/// An <c>exchange</c> names its <c>replacements</c> (required, for an exchange only), optionally how they are delivered
/// (default: shipped to the order's address) and the customer's <c>payment</c> for a difference the credit does not cover.
/// </summary>
/// <param name="RefundBeforeReceipt">Pay the refund once approved, before the goods come in (the approval policy asks finance by default).</param>
/// <param name="Goodwill">An amount on top of the refund, with its reason.</param>
/// <param name="RefundTo">How the customer wants the money back: <c>storeCredit</c>, <c>cashAtTill</c>, or the default
/// <c>originalInstruments</c> (as the channel's refund settings order them).</param>
[RequiredFields("lines", "reason")]
public sealed record ReturnRequest(
    IReadOnlyList<ReturnLineRequest>? Lines,
    string? Reason,
    ReturnMethod? Method,
    string? ExpectedLocation,
    ReturnKind? Kind = null,
    string? Note = null,
    bool? RefundBeforeReceipt = null,
    GoodwillRequest? Goodwill = null,
    RefundRoute? RefundTo = null,
    IReadOnlyList<ReplacementRequest>? Replacements = null,
    ReplacementDeliveryRequest? ReplacementDelivery = null,
    PaymentRequest? Payment = null);
