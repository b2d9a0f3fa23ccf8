namespace Oms.Domain.Returns;

public enum ApprovalOutcome { AutoApprove, NeedsApproval }
