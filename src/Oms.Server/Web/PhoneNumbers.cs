namespace Oms.Server.Web;

/// <summary>Phone numbers as stored and searched. (Normalisation to E.164 lands with the libphonenumber work.)</summary>
public sealed class PhoneNumbers
{
    public string? Normalize(string? phone) => string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
}
