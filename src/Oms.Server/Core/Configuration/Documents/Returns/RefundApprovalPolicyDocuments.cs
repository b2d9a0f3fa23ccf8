using Oms.Domain.Returns;

namespace Oms.Server.Core.Configuration.Documents.Returns;

/// <summary>
/// The refund approval policy and its document, both ways: validated (400), built (422 per field: <c>approveAbove.XYZ</c>),
/// written canonically (tables sorted by currency).
/// </summary>
public static class RefundApprovalPolicyDocuments
{
    private const string What = "refund approval policy";
    private static readonly RefundApprovalPolicyDocumentValidator Validator = new();

    /// <summary>A stored version.</summary>
    public static RefundApprovalPolicy Read(string json, int version)
        => ToModel(DocumentJson.Read<RefundApprovalPolicyDocument>(json, What), version);

    public static string Write(RefundApprovalPolicy policy) => DocumentJson.Write(ToDocument(policy));

    public static RefundApprovalPolicy ToModel(RefundApprovalPolicyDocument? document, int version = 0)
    {
        var d = Validator.Check(document, "",
            "The refund approval policy is a JSON object: refundBeforeReceiptNeedsApproval, claimWithoutReturnNeedsApproval, " +
                "approveAbove and goodwillAbove.");
        var errors = new ModelErrors(What);
        var policy = errors.Build("", () => new RefundApprovalPolicy(ReturnsDocumentRules.Currencies(d.ApproveAbove),
            d.RefundBeforeReceiptNeedsApproval!.Value, d.ClaimWithoutReturnNeedsApproval!.Value,
            ReturnsDocumentRules.Currencies(d.GoodwillAbove), version));
        errors.ThrowIfAny();
        return policy!;
    }

    /// <summary>Empty tables are written as <c>{}</c>: "no limit" is a setting, not a setting left out.</summary>
    public static RefundApprovalPolicyDocument ToDocument(RefundApprovalPolicy p) => new(p.RefundBeforeReceiptNeedsApproval,
        p.ClaimWithoutReturnNeedsApproval, new SortedDictionary<string, decimal>(p.ApproveAbove.ToDictionary(), StringComparer.Ordinal),
        new SortedDictionary<string, decimal>(p.GoodwillAbove.ToDictionary(), StringComparer.Ordinal));

    /// <summary>The built-in policy as the API shows it.</summary>
    public static string Default => Write(RefundApprovalPolicy.Default);
}
