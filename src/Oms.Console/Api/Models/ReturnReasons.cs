namespace Oms.Ui.Api.Models;

/// <summary>The active return policy's reasons, in the order a form shows them.</summary>
public sealed record ReturnReasons(int PolicyVersion, int DefaultWindowDays, IReadOnlyList<ReturnReason> Reasons);
