using System.Text;
using System.Text.Json.Nodes;

namespace Oms.Server.Tests.Fuzz;

/// <summary>
/// Turns an operation's valid request into a bad one, one mutation at a time (sometimes two or three fields): a field,
/// an array or object, a route value, a query value, a header, the raw body bytes or the content type.
/// </summary>
public sealed class Mutator(Random rng, FuzzWorld world)
{
    /// <summary>Every request acts with the demo administrator's key; a mutated X-Actor goes with the demo till's key, the one
    /// kind of key allowed to name a person, so that the header's own checks are what answers.</summary>
    public static readonly string AdminKey = Infrastructure.TestCredentials.AdminKey;
    public static readonly string TillKey = Oms.Server.Demo.DemoAccess.Keys.Single(k => k.Name == "STORE-AMS").Key;

    /// <summary>Operations nobody wrote a valid request for (they get a synthesised one).</summary>
    public HashSet<string> Synthesised { get; } = new(StringComparer.Ordinal);

    public FuzzRequest Next(WriteOperation op, bool mutate = true)
    {
        var b = BaseRequests.For(op, world, rng, out var synthesised);
        if (synthesised) Synthesised.Add(op.Name);
        var route = b.Route.ToDictionary(kv => kv.Key, kv => Uri.EscapeDataString(kv.Value), StringComparer.Ordinal);
        var query = b.Query.ToDictionary(kv => kv.Key, kv => Uri.EscapeDataString(kv.Value), StringComparer.Ordinal);
        var headers = new List<(string, string)> { ("X-Api-Key", AdminKey) };
        if (op.Name == "POST /api/orders" && rng.Next(3) == 0) headers.Add(("Idempotency-Key", $"fuzz-{rng.Next():x8}{rng.Next():x8}"));
        var json = b.Json is null ? null : JsonNode.Parse(b.Json);
        var jsonMutations = new JsonMutations(rng);
        string? text = b.Text;
        byte[]? rawBody = null;
        var contentType = b.Json is null && b.Text is null ? null : b.ContentType;
        var mutation = "none";
        var protocol = false;

        if (mutate)
        {
            var roll = rng.Next(100);
            var hasBody = json is not null || text is not null;
            if (roll < 55 && json is not null) mutation = jsonMutations.MutateOne(ref json);
            else if (roll < 55 && text is not null) (text, mutation) = TextMutation(text);
            else if (roll < 63 && json is not null)
            {
                var n = 2 + rng.Next(2);
                mutation = "multi: " + string.Join(" + ", Enumerable.Range(0, n).Select(_ => jsonMutations.MutateOne(ref json)));
            }
            else if (roll < 75) (mutation, protocol) = HeaderMutation(headers);
            else if (roll < 84 && route.Count > 0) (mutation, protocol) = RouteMutation(op, route);
            else if (roll < 88 && op.QueryParameters.Count > 0) mutation = QueryMutation(op, query);
            else if (roll < 96 || !hasBody)
            {
                var body = Body(json, jsonMutations, text) ?? [];
                (rawBody, mutation) = RawBodyMutation(body);
                contentType ??= "application/json";
            }
            else (contentType, mutation) = ContentTypeMutation();
        }

        var path = Path(op.Pattern, route) + (query.Count == 0 ? "" : "?" + string.Join('&', query.Select(kv => $"{kv.Key}={kv.Value}")));
        return new FuzzRequest(op.Name, mutation, op.Method, path, headers, rawBody ?? Body(json, jsonMutations, text), contentType, protocol);
    }

    private static byte[]? Body(JsonNode? json, JsonMutations mutations, string? text)
        => json is not null ? Encoding.UTF8.GetBytes(mutations.Write(json)) : text is not null ? Encoding.UTF8.GetBytes(text) : null;

    private static string Path(string pattern, Dictionary<string, string> route)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.Split('/').Skip(1))
        {
            path.Append('/');
            if (segment.StartsWith('{'))
                path.Append(route[segment.Trim('{', '}').Split(':')[0]]);
            else path.Append(segment);
        }
        return path.ToString();
    }

    private (string, bool) HeaderMutation(List<(string Name, string Bytes)> headers)
    {
        var name = rng.Next(2) == 0 ? "X-Actor" : "Idempotency-Key";
        var (label, bytes, protocol) = rng.Next(16) switch
        {
            0 => ("long-201", new string('a', 201), false),
            1 => ("long-1001", new string('a', 1001), false),
            2 => ("long-8000", new string('a', 8000), false),
            3 => ("long-40000", new string('a', 40_000), true),
            4 => ("utf8-accents", Latin1(name == "X-Actor" ? "agent:zoë" : "été"), false),
            5 => ("utf8-cjk", Latin1("店员:李"), false),
            6 => ("utf8-emoji", Latin1("agent:🎉"), false),
            7 => ("latin1-byte", "agent:zo\u00eb", true),
            8 => ("encoded-surrogate", Latin1Bytes([0x61, 0xED, 0xA0, 0x80]), true),
            9 => ("nul-byte", "a\0b", true),
            10 => ("control-byte", "a\u0001b", true),
            11 => ("del-byte", "a\u007fb", true),
            12 => ("tab", "a\tb", false),
            13 => ("blank", "   ", false),
            14 => ("utf8-replacement", Latin1("a\ufffdb"), false),
            _ => ("utf8-200-accented", Latin1(new string('é', 200)), false),
        };
        headers.RemoveAll(h => h.Name == name);
        if (name == "X-Actor")
        {
            headers.RemoveAll(h => h.Name == "X-Api-Key");
            headers.Add(("X-Api-Key", TillKey));
        }
        headers.Add((name, bytes));
        if (rng.Next(8) == 0) headers.Add((name, "second-value"));
        return ($"header.{label}: {name}", protocol);
    }

    private (string, bool) RouteMutation(WriteOperation op, Dictionary<string, string> route)
    {
        var p = op.RouteParameters[rng.Next(op.RouteParameters.Count)];
        var (label, value, protocol) = rng.Next(20) switch
        {
            18 => ("blank", "%20", false),
            19 => ("tab", "%09", false),
            0 => ("unknown", p.Constraint switch { "guid" => Guid.NewGuid().ToString(), "int" => "999999", _ => $"NOPE-{rng.Next():x8}" }, false),
            1 => ("long-201", new string('x', 201), false),
            2 => ("long-4000", new string('x', 4000), false),
            3 => ("long-10000", new string('x', 10_000), true),
            4 => ("non-ascii", Uri.EscapeDataString("zoë-été-日本"), false),
            5 => ("nul", "A%00B", true),
            6 => ("encoded-surrogate", "A%ED%A0%80", false),
            7 => ("invalid-utf8", "A%FF%C0%AF", false),
            8 => ("control", "A%01%1F", false),
            9 => ("space", "%20A%20", false),
            10 => ("encoded-slash", "A%2FB", false),
            11 => ("dot-dot", "..", false),
            12 => ("quote", "O%27Brien%22", false),
            13 => ("int-overflow", "2147483648", false),
            14 => ("negative", "-1", false),
            15 => ("zero-guid", Guid.Empty.ToString(), false),
            16 => ("lowercase", route[p.Name].ToLowerInvariant(), false),
            _ => ("percent", "100%25", false),
        };
        route[p.Name] = value;
        return ($"route.{label}: {p.Name}", protocol);
    }

    private string QueryMutation(WriteOperation op, Dictionary<string, string> query)
    {
        var name = op.QueryParameters[rng.Next(op.QueryParameters.Count)];
        var (label, value) = rng.Next(7) switch
        {
            0 => ("long-201", new string('q', 201)),
            1 => ("long-1001", new string('q', 1001)),
            2 => ("long-5000", new string('q', 5000)),
            3 => ("nul", "a%00b"),
            4 => ("invalid-utf8", "a%FF"),
            5 => ("encoded-surrogate", "a%ED%A0%80"),
            _ => ("non-ascii", Uri.EscapeDataString("zoë 日本")),
        };
        query[name] = value;
        return $"query.{label}: {name}";
    }

    private (byte[], string) RawBodyMutation(byte[] body)
    {
        switch (rng.Next(14))
        {
            case 0: return (body[..rng.Next(body.Length + 1)], "body.truncated");
            case 1:
            case 2:
                var (label, bytes) = BadValues.InvalidUtf8[rng.Next(BadValues.InvalidUtf8.Length)];
                var quotes = new List<int>();
                for (var i = 0; i < body.Length; i++) if (body[i] == (byte)'"') quotes.Add(i);
                var at = quotes.Count > 0 ? quotes[rng.Next(quotes.Count)] + 1 : rng.Next(body.Length + 1);
                return ([.. body[..at], .. bytes, .. body[at..]], $"body.invalid-utf8-{label}");
            case 3: return ([], "body.empty");
            case 4: return (Encoding.UTF8.GetBytes(new[] { "null", "[]", "\"x\"", "123", "{", "}", "true" }[rng.Next(7)]), "body.wrong-root");
            case 5: return (Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000)), "body.deep-array");
            case 6: return (Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 2000)) + "1" + new string('}', 2000)), "body.deep-object");
            case 7: return ([0xEF, 0xBB, 0xBF, .. body], "body.bom");
            case 8: return ([.. body, .. "}}garbage"u8], "body.trailing-garbage");
            case 9: return (body.Select(b => b == (byte)'"' ? (byte)'\'' : b).ToArray(), "body.single-quotes");
            case 10: return ([.. "/* comment */"u8, .. body], "body.comment");
            case 11:
                var padded = new byte[body.Length + 2_000_000];
                body.CopyTo(padded, 0);
                Array.Fill(padded, (byte)' ', body.Length, 2_000_000);
                return (padded, "body.large-whitespace");
            case 12: return (body.Select(b => b == 0x20 ? (byte)0 : b).ToArray(), "body.nul-bytes");
            default:
                var text = Encoding.UTF8.GetString(body);
                var brace = text.IndexOf('{', StringComparison.Ordinal);
                return brace < 0 || text.Length < brace + 2 || text[brace + 1] == '}'
                    ? (body, "body.unchanged")
                    : (Encoding.UTF8.GetBytes(text.Insert(brace + 1, "\"__proto__\":{},\"a\":1,\"a\":2,")), "body.duplicate-keys");
        }
    }

    private (string?, string) ContentTypeMutation()
    {
        var types = new[] { null, "text/plain", "application/xml", "application/json; charset=utf-16", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "text/csv", "application/json; charset=\u00e9" };
        var t = types[rng.Next(types.Length)];
        return (t, $"content-type: {t ?? "none"}");
    }

    private (string, string) TextMutation(string text)
    {
        var lines = text.TrimEnd('\n').Split('\n');
        var row = rng.Next(lines.Length);
        var cells = lines[row].Split(',');
        var col = rng.Next(cells.Length);
        var (label, value) = rng.Next(16) switch
        {
            0 => ("long-201", new string('x', 201)),
            1 => ("long-5000", new string('x', 5000)),
            2 => ("nul", "a\0b"),
            3 => ("control", "a\u0001b"),
            4 => ("accents", "zoë été"),
            5 => ("quote", "\"unterminated"),
            6 => ("int-max", "2147483647"),
            7 => ("int-max+1", "2147483648"),
            8 => ("decimal-max+1", "79228162514264337593543950336"),
            9 => ("negative", "-1"),
            10 => ("empty", ""),
            11 => ("extra-columns", "a,b,c,d,e,f"),
            12 => ("huge-number", new string('9', 400)),
            13 => ("newline-in-quotes", "\"a\nb\""),
            14 => ("emoji", "🎉"),
            _ => ("many-rows", string.Join("\n", Enumerable.Repeat(lines[^1], 2000))),
        };
        cells[col] = value;
        lines[row] = string.Join(',', cells);
        return (string.Join('\n', lines) + "\n", $"csv.{label}: row {row} column {col}");
    }

    private static string Latin1(string text) => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text));

    private static string Latin1Bytes(byte[] bytes) => Encoding.Latin1.GetString(bytes);
}
