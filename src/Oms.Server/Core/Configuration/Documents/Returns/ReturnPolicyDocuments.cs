using Oms.Domain.Returns;

namespace Oms.Server.Core.Configuration.Documents.Returns;

/// <summary>
/// The return policy and its document, both ways. Reading validates (400), then builds the model, whose constructor
/// refuses bad values (422, every field at once, each under its path: <c>reasons[2].restockingFeePercent</c>); writing
/// gives the canonical text: fixed property order, tables and sets sorted, reasons in their given order.
/// </summary>
public static class ReturnPolicyDocuments
{
    private const string What = "return policy";
    private static readonly ReturnPolicyDocumentValidator Validator = new();

    /// <summary>A stored version.</summary>
    public static ReturnPolicy Read(string json, int version)
        => ToModel(DocumentJson.Read<ReturnPolicyDocument>(json, What), version: version);

    public static string Write(ReturnPolicy policy) => DocumentJson.Write(ToDocument(policy));

    /// <summary>The policy a document describes; with <paramref name="knownChannels"/>, codes naming no channel are refused too.</summary>
    public static ReturnPolicy ToModel(ReturnPolicyDocument? document, IReadOnlyCollection<string>? knownChannels = null, int version = 0)
    {
        var d = Validator.Check(document, "", "The return policy is a JSON object: defaultWindowDays, reasons and optional settings.");
        var errors = new ModelErrors(What);
        var windows = ReturnsDocumentRules.Channels(d.WindowDaysByChannel, "windowDaysByChannel", knownChannels, errors);
        var skus = ReturnsDocumentRules.Codes(d.NonReturnableSkus, "nonReturnableSkus", errors);
        var categories = ReturnsDocumentRules.Codes(d.NonReturnableCategories, "nonReturnableCategories", errors);
        var reasons = d.Reasons!.Select(r => new ReturnReason(r!.Code!.Trim(), r.Description!.Trim(), r.NeedsGoodsBack ?? true,
            r.WeAreAtFault ?? false, r.RestockingFeePercent ?? 0m, ReturnsDocumentRules.Currencies(r.RestockingFeeFlat))).ToList();
        var policy = errors.Build("", () => new ReturnPolicy(d.DefaultWindowDays!.Value, reasons, windows, skus, categories,
            d.ShippingRefund ?? ShippingRefundRule.WholeOrderOrAtFault, version));
        errors.ThrowIfAny();
        return policy!;
    }

    public static ReturnPolicyDocument ToDocument(ReturnPolicy p) => new(p.DefaultWindowDays,
        [.. p.Reasons.Select(r => new ReturnReasonDocument(r.Code, r.Description, r.NeedsGoodsBack, r.WeAreAtFault,
            r.RestockingFeePercent == 0m ? null : r.RestockingFeePercent, ReturnsDocumentRules.Sorted(r.RestockingFeeFlat)))],
        ReturnsDocumentRules.Sorted(p.WindowDaysByChannel),
        p.NonReturnableSkus.Count > 0 ? [.. p.NonReturnableSkus.Order(StringComparer.Ordinal)] : null,
        p.NonReturnableCategories.Count > 0 ? [.. p.NonReturnableCategories.Order(StringComparer.Ordinal)] : null,
        p.ShippingRefund);

    /// <summary>The built-in policy as the API shows it.</summary>
    public static string Default => Write(ReturnPolicy.Default);
}
