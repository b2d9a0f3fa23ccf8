using System.Text.Json.Serialization;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Returns;

/// <summary>
/// When a refund waits for a person with the right to approve (finance); below every threshold it is approved
/// automatically. Amounts are per currency: a refund in a currency a table does not list waits. Unknown properties are refused.
/// </summary>
/// <param name="RefundBeforeReceiptNeedsApproval">A refund paid before the goods are received waits.</param>
/// <param name="ClaimWithoutReturnNeedsApproval">A claim refunded without the goods coming back waits.</param>
/// <param name="ApproveAbove">Refunds above these amounts wait (<c>{ "EUR": 250 }</c>); left out or empty: no amount limit.</param>
/// <param name="GoodwillAbove">Goodwill above these amounts waits; left out or empty: any goodwill waits.</param>
[RequiredFields("refundBeforeReceiptNeedsApproval", "claimWithoutReturnNeedsApproval")]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RefundApprovalPolicyDocument(bool? RefundBeforeReceiptNeedsApproval, bool? ClaimWithoutReturnNeedsApproval,
    IReadOnlyDictionary<string, decimal>? ApproveAbove = null, IReadOnlyDictionary<string, decimal>? GoodwillAbove = null);
