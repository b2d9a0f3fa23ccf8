using System.Text.Json;
using System.Text.Json.Serialization;
using Oms.Domain.Common;
using Oms.Domain.Returns;

namespace Oms.Domain.Tests.Returns;

/// <summary>The policies are stored as versioned JSON documents: they read back as written, and a bad one is refused per field.</summary>
public sealed class ReturnDocumentTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    [Fact]
    public void A_return_policy_reads_back_as_written()
    {
        var policy = new ReturnPolicy(30,
            [
                new ReturnReason("opened", "Opened", RestockingFeePercent: 10m,
                    RestockingFeeFlat: new Dictionary<string, decimal> { ["EUR"] = 2m }),
            ],
            new Dictionary<string, int> { ["marketplace"] = 14 }, ["GIFT-CARD"], ["swimwear"], ShippingRefundRule.WhenAtFault, 3);

        var back = JsonSerializer.Deserialize<ReturnPolicy>(JsonSerializer.Serialize(policy, Json), Json)!;

        Assert.Equal((30, 14, 3, ShippingRefundRule.WhenAtFault), (back.DefaultWindowDays, back.WindowDaysFor("MARKETPLACE"), back.Version,
            back.ShippingRefund));
        Assert.True(back.IsNonReturnable("gift-card", null));
        Assert.Equal(2m, back.Reason("opened")!.FlatFeeIn("EUR"));
    }

    [Fact]
    public void A_refund_approval_policy_reads_back_as_written_and_refuses_a_bad_currency()
    {
        var back = JsonSerializer.Deserialize<RefundApprovalPolicy>(JsonSerializer.Serialize(RefundApprovalPolicy.Default, Json), Json)!;
        Assert.Equal(250m, back.ApproveAbove["EUR"]);

        var e = Assert.Throws<BusinessRuleException>(() =>
            JsonSerializer.Deserialize<RefundApprovalPolicy>("""{"approveAbove":{"EURO":10}}""", Json));
        Assert.Contains("approveAbove.EURO", e.Errors.Keys);
    }
}
