namespace Oms.Ui.Api.Models;

/// <summary>A location that had the line and gave it back, with its reason.</summary>
public sealed record ExceptionAttempt(string Location, string FulfilmentOrder, string Reason, DateTime At, string Actor);
