using FluentValidation;

namespace Oms.Server.Core.Configuration.Documents.Returns;

/// <summary>What a refund approval policy cannot be read without: both yes/no rules said explicitly.</summary>
public sealed class RefundApprovalPolicyDocumentValidator : AbstractValidator<RefundApprovalPolicyDocument>
{
    public RefundApprovalPolicyDocumentValidator()
    {
        RuleFor(d => d.RefundBeforeReceiptNeedsApproval).Required("refundBeforeReceiptNeedsApproval");
        RuleFor(d => d.ClaimWithoutReturnNeedsApproval).Required("claimWithoutReturnNeedsApproval");
    }
}
