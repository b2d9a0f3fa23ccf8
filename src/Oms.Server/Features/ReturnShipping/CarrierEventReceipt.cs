namespace Oms.Server.Features.ReturnShipping;

/// <summary>
/// What the OMS made of a carrier's tracking webhook: <c>applied</c> (a return's timeline has it), <c>duplicate</c> (the
/// same update came before), <c>unmatched</c> (no return has the tracking number: kept with the reason), or <c>ignored</c>
/// (a genuine notification that carries no parcel status).
/// </summary>
public sealed record CarrierEventReceipt(string Outcome, string? TrackingNumber = null, Guid? ReturnId = null, string? Reason = null);
