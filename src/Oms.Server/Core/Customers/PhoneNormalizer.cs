using Oms.Server.Core.Contracts;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using PhoneNumbers;

namespace Oms.Server.Core.Customers;

/// <summary>
/// Phone numbers as the OMS stores and searches them: E.164 (<c>+31612342699</c>), whatever way they were written
/// ("+31 6 1234 2699", "06-12342699", "0031 6 12342699"), so that an agent finds an order by the number a caller reads
/// out. A number without a country code is read in <c>Oms:DefaultPhoneRegion</c> (an address's phone in the address's
/// country); an extension ("ext. 12", "x12") is dropped. Text that is not a possible phone number, or that has letters
/// besides an extension (a note such as "ask for the desk", or a vanity number, which libphonenumber would turn into
/// keypad digits), is kept as given, trimmed, and still found by exactly that text: a channel's order is never refused
/// for the format of a phone number.
/// </summary>
public sealed class PhoneNormalizer(IOptions<OmsOptions> options)
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>A trailing extension, the only letters a number may have here. Non-backtracking: linear in the text, so it
    /// needs no match timeout (a 100 ms wall-clock timeout fired on a busy two-core machine and failed a capture with 500).</summary>
    private static readonly Regex Extension = new(@"\s*[,;]?\s*(?:ext\.?|extension|x|#)\s*\d+\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private readonly string defaultRegion = options.Value.DefaultPhoneRegion.Trim().ToUpperInvariant();

    public static bool IsSupportedRegion(string? region) =>
        region is not null && Util.GetSupportedRegions().Contains(region.Trim().ToUpperInvariant());

    /// <summary>E.164 when the text reads as a possible number, otherwise the text trimmed; null for none.</summary>
    /// <param name="region">Where a number without a country code is read (ISO 3166); the configured default when null or unknown.</param>
    public string? Normalize(string? phone, string? region = null)
    {
        if (string.IsNullOrWhiteSpace(phone)) return null;
        var text = phone.Trim();
        if (Extension.Replace(text, "").Any(char.IsLetter)) return text;
        try
        {
            var number = Util.Parse(text, IsSupportedRegion(region) ? region!.Trim().ToUpperInvariant() : defaultRegion);
            return Util.IsPossibleNumber(number) ? Util.Format(number, PhoneNumberFormat.E164) : text;
        }
        catch (NumberParseException)
        {
            return text;
        }
    }

    /// <summary>The request with its customer's and addresses' phone numbers normalised; everything else as sent.</summary>
    public CaptureOrderRequest Normalize(CaptureOrderRequest r) => r with
    {
        Customer = r.Customer is null ? null : r.Customer with { Phone = Normalize(r.Customer.Phone) },
        ShippingAddress = Normalize(r.ShippingAddress),
        BillingAddress = Normalize(r.BillingAddress),
        Lines = r.Lines?.Select(l => l is null ? l! : l with { ShippingAddress = Normalize(l.ShippingAddress) }).ToList(),
    };

    private AddressRequest? Normalize(AddressRequest? a) => a is null ? null : a with { Phone = Normalize(a.Phone, a.Country) };
}
