namespace Oms.Domain.Returns;

/// <summary>What the approval policy decided, with every reason a person must look (empty when auto-approved).</summary>
public sealed record ApprovalDecision(ApprovalOutcome Outcome, IReadOnlyList<string> Reasons)
{
    public bool NeedsApproval => Outcome == ApprovalOutcome.NeedsApproval;
}
