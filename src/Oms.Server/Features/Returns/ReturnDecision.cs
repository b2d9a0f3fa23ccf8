namespace Oms.Server.Features.Returns;

/// <summary>What a person decides about a return that was asked for.</summary>
public enum ReturnDecision
{
    Approve,
    Reject,
    Cancel,
}
