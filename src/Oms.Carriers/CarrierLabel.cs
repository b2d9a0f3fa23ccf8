namespace Oms.Carriers;

/// <summary>A printable label: its bytes when the adapter downloaded them, and the carrier's link to it.</summary>
/// <param name="Content">The document, or null when only <paramref name="Url"/> is known (the link needs the carrier's
/// credentials, so it is for the OMS to fetch, not for a customer).</param>
public sealed record CarrierLabel(LabelFormat Format, byte[]? Content, Uri? Url);
