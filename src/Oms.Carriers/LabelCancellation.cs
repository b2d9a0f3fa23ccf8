namespace Oms.Carriers;

/// <summary>What cancelling a label did.</summary>
public enum LabelCancellation
{
    /// <summary>The label is void and will not be charged.</summary>
    Cancelled,

    /// <summary>The carrier has been asked and confirms later (a tracking event says <c>Cancelled</c>).</summary>
    Requested,
}
