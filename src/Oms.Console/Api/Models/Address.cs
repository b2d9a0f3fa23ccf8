namespace Oms.Ui.Api.Models;

/// <summary>A postal address.</summary>
public sealed record Address(string Name, string Line1, string? Line2, string PostalCode, string City, string Country, string? Phone);
