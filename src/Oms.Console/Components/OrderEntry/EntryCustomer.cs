using Oms.Ui.Api.Models;

namespace Oms.Ui.Components.OrderEntry;

/// <summary>The customer of the order being entered and the address it goes to (also the billing address).</summary>
public sealed class EntryCustomer
{
    public string? Email { get; set; }
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? Line1 { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string Country { get; set; } = "NL";

    /// <summary>Takes over a known customer and, when the order had one, the address of their last order.</summary>
    public void UseKnown(OrderSummary known, Order? last)
    {
        Email = known.CustomerEmail;
        Name = known.CustomerName;
        Phone = known.CustomerPhone;
        if (last?.ShippingAddress is { } a)
        {
            Line1 = a.Line1;
            PostalCode = a.PostalCode;
            City = a.City;
            Country = a.Country;
        }
    }

    public object Address() => new { name = Name, line1 = Line1, postalCode = PostalCode, city = City, country = Country, phone = Phone };
}
