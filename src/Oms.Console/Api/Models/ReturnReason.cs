namespace Oms.Ui.Api.Models;

/// <summary>A reason of the active return policy (GET /api/returns/reasons).</summary>
public sealed record ReturnReason(string Code, string Description, bool NeedsGoodsBack, bool WeAreAtFault);
