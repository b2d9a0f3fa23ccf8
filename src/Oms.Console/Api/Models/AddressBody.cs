namespace Oms.Ui.Api.Models;

/// <summary>A postal address as the API takes it.</summary>
public sealed record AddressBody(string Name, string Line1, string PostalCode, string City, string Country);
