using Oms.Domain.Returns;

namespace Oms.Server.Features.Tracking;

/// <summary>A return's progress in the words a customer understands.</summary>
public static class ReturnStatusWords
{
    public static string Of(ReturnStatus status) => status switch
    {
        ReturnStatus.Requested => "We have registered your return.",
        ReturnStatus.AwaitingApproval => "Your return is being reviewed.",
        ReturnStatus.Approved => "Your return is approved; we are waiting for the goods.",
        ReturnStatus.Rejected => "Your return was not accepted.",
        ReturnStatus.PartlyReceived => "We have received part of your return.",
        ReturnStatus.Received => "We have received your return.",
        ReturnStatus.Closed => "Your return is complete.",
        ReturnStatus.Cancelled => "Your return was cancelled.",
        _ => "We are working on your return.",
    };
}
