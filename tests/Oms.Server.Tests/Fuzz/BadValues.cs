using System.Text;
using System.Text.Json;

namespace Oms.Server.Tests.Fuzz;

/// <summary>A JSON value a client might send by mistake or malice, as raw JSON text, named for the failure message.</summary>
public sealed record BadValue(string Label, string Json);

/// <summary>
/// The values the sweep puts into fields: lengths at and past every limit (20, 50, 100, 200, 1000 and the columns behind them),
/// NUL and lone surrogates, control and non-ASCII characters, numbers at the int, long and decimal extremes and around
/// the OMS's own bounds, numbers as strings, enums as numbers, nulls, wrong types and deep nesting.
/// </summary>
public static class BadValues
{
    public static readonly BadValue[] Strings =
    [
        S("empty", ""), S("blank", "   "),
        S("len20", new string('7', 20)), S("len50", new string('X', 50)), S("len100", new string('x', 100)), S("len200", new string('x', 200)),
        S("len1000", new string('r', 1000)), S("len200-accented", new string('é', 200)),
        S("len21", new string('7', 21)), S("len51", new string('X', 51)), S("len101", new string('x', 101)), S("len201", new string('x', 201)),
        S("len257", new string('x', 257)), S("len1001", new string('r', 1001)), S("len5000", new string('y', 5000)),
        S("len100k", new string('z', 100_000)), S("len201-accented", new string('é', 201)), S("len1001-emoji", string.Concat(Enumerable.Repeat("🎉", 501))),
        Raw("nul", "\"a\\u0000b\""), Raw("nul-only", "\"\\u0000\""), Raw("nul-end", "\"SKU-0001\\u0000\""),
        Raw("lone-high", "\"x\\ud800y\""), Raw("lone-low", "\"\\udc00\""), Raw("reversed-pair", "\"\\udc00\\ud800\""), Raw("high-at-end", "\"abc\\udbff\""),
        Raw("control", "\"a\\u0001\\u001fb\""), Raw("newline-tab", "\"a\\n\\tb\\r\""), Raw("del", "\"a\\u007fb\""),
        Raw("bom", "\"\\ufeffSKU-0001\""), Raw("noncharacter", "\"\\uffff\\ufffe\""), Raw("replacement", "\"\\ufffd\""), Raw("rtl", "\"\\u202eabc\""),
        Raw("zero-width", "\"SKU\\u200b-0001\""), Raw("emoji", "\"👩‍👩‍👧 🎉\""), Raw("accents", "\"zoë été Ærø\""), Raw("cjk", "\"日本語の店\""),
        S("sql", "'; DROP TABLE \"Orders\"; --"), S("format", "%s%n{0}{{"), S("backslash", "C:\\\\x\\"), S("html", "<script>alert(1)</script>"),
        S("padded", "  SKU-0001  "), S("upper", "SKU-0001".ToLowerInvariant()),
        S("guid-nil", Guid.Empty.ToString()), S("guid-random", "6b1a5b0e-1111-4222-8333-944455556666"), S("not-guid", "not-a-guid"),
        S("date-max", "9999-12-31T23:59:59.9999999Z"), S("date-min", "0001-01-01T00:00:00"), S("date-bad", "2026-02-30T00:00:00Z"),
        S("date-offset", "2026-11-02T09:00:00+14:00"), S("date-local", "2026-11-02T09:00:00"), S("date-garbage", "yesterday"),
        S("number-string", "1"), S("decimal-string", "12.50"), S("nan-string", "NaN"), S("infinity-string", "Infinity"), S("negative-string", "-1"),
        S("enum-upper", "SHIPTOADDRESS"), S("enum-unknown", "teleport"), S("enum-number-string", "99"),
    ];

    public static readonly BadValue[] Numbers =
    [
        Raw("zero", "0"), Raw("minus-one", "-1"), Raw("one", "1"), Raw("negative-fraction", "-0.01"), Raw("minus-zero", "-0.0"),
        Raw("int-max", "2147483647"), Raw("int-max+1", "2147483648"), Raw("int-min", "-2147483648"), Raw("int-min-1", "-2147483649"),
        Raw("long-max", "9223372036854775807"), Raw("long-max+1", "9223372036854775808"), Raw("ulong-overflow", "18446744073709551616"),
        Raw("decimal-max", "79228162514264337593543950335"), Raw("decimal-max+1", "79228162514264337593543950336"),
        Raw("decimal-min", "-79228162514264337593543950335"), Raw("numeric18-max", "99999999999999.9999"), Raw("numeric18-over", "100000000000000"),
        Raw("amount-limit", "10000000"), Raw("amount-limit+", "10000000.01"), Raw("quantity-limit", "100000"), Raw("quantity-limit+1", "100001"),
        Raw("stock-limit", "1000000000"), Raw("stock-limit+1", "1000000001"), Raw("percent-over", "101"), Raw("sequence-big", "999999"),
        Raw("tiny", "0.00001"), Raw("many-decimals", "1.123456789"), Raw("decimal-smallest", "0.0000000000000000000000000001"), Raw("e-minus-30", "1e-30"),
        Raw("e308", "1e308"), Raw("e309", "1e309"), Raw("exponent", "1E+2"), Raw("huge-digits", new string('9', 400)),
        Raw("latitude-over", "90.0000001"), Raw("longitude-under", "-180.5"),
    ];

    /// <summary>What a string-valued enum field gets when a client sends it as a number.</summary>
    public static readonly BadValue[] EnumNumbers = [Raw("enum-as-number", "0"), Raw("enum-as-number", "1"), Raw("enum-as-number", "99"), Raw("enum-as-number", "-1")];

    public static readonly BadValue[] Others =
    [
        Raw("null", "null"), Raw("true", "true"), Raw("false", "false"), Raw("empty-object", "{}"), Raw("empty-array", "[]"), Raw("array-of-null", "[null]"),
        Raw("nested-object", """{"a":{"b":[1,"x",null]}}"""), Raw("array-of-strings", """["x","y"]"""),
        Raw("deep-array", new string('[', 100) + new string(']', 100)), Raw("deep-object", string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100)),
    ];

    /// <summary>Property names a document may carry: the classes of <see cref="Strings"/> that a key can have.</summary>
    public static readonly BadValue[] Keys =
    [
        Raw("nul", "\"a\\u0000b\""), Raw("lone-high", "\"\\ud800\""), Raw("lone-low", "\"k\\udc00\""), S("long", new string('k', 5000)),
        S("empty", ""), Raw("control", "\"\\u0001\""),
    ];

    public static BadValue Pick(Random rng, BadValue[] values) => values[rng.Next(values.Length)];

    private static BadValue S(string label, string value) => new(label, JsonSerializer.Serialize(value));

    private static BadValue Raw(string label, string json) => new(label, json);

    /// <summary>Bytes no UTF-8 decoder accepts: a stray continuation byte, an overlong slash, an encoded surrogate, a code point past U+10FFFF, 0xFF.</summary>
    public static readonly (string Label, byte[] Bytes)[] InvalidUtf8 =
    [
        ("stray-continuation", [0x80]), ("overlong-slash", [0xC0, 0xAF]), ("encoded-surrogate", [0xED, 0xA0, 0x80]),
        ("beyond-unicode", [0xF4, 0x90, 0x80, 0x80]), ("ff", [0xFF]), ("truncated-sequence", [0xE2, 0x82]), ("latin1-e-acute", [0xE9]),
    ];

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
