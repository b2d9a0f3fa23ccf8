using System.Security.Cryptography;

namespace Oms.Server.Features.Orders.Capture;

/// <summary>Order numbers people can read out on the phone: OMS- and ten Crockford base-32 characters (50 random bits).</summary>
public static class OrderNumbers
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string Next()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        var value = BitConverter.ToUInt64(bytes);
        Span<char> chars = stackalloc char[10];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }
        return $"OMS-{chars}";
    }
}
