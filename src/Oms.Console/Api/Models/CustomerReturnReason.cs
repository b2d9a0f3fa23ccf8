namespace Oms.Ui.Api.Models;

/// <summary>A return reason the customer may choose.</summary>
public sealed record CustomerReturnReason(string Code, string Description);
