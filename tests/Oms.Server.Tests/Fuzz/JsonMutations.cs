using System.Text.Json.Nodes;

namespace Oms.Server.Tests.Fuzz;

/// <summary>
/// Mutations of one JSON body: a node is replaced by a placeholder string, and the placeholder by raw JSON text once the
/// document is written, so that anything can be sent (a lone surrogate escape, a number past every .NET type, deep nesting).
/// </summary>
public sealed class JsonMutations(Random rng)
{
    private readonly Dictionary<string, string> _raw = new(StringComparer.Ordinal);

    /// <summary>A path to a node and the node; the root is <c>$</c>.</summary>
    private sealed record Site(string Path, JsonNode? Parent, string? Key, int Index, JsonNode? Node);

    /// <summary>Mutates one node of <paramref name="root"/>; returns the mutation's name (<c>class: path</c>).</summary>
    public string MutateOne(ref JsonNode? root)
    {
        var sites = Sites(root).ToList();
        var site = sites[rng.Next(sites.Count)];
        switch (site.Node)
        {
            case JsonArray array when rng.Next(10) < 6:
                return $"{ArrayMutation(array)}: {site.Path}";
            case JsonObject obj when obj.Count > 0 && rng.Next(10) < 4:
                return $"{ObjectMutation(obj)}: {site.Path}";
        }
        var value = Pick(site.Node);
        Replace(ref root, site, Placeholder(value.Json));
        return $"field.{value.Label}: {site.Path}";
    }

    /// <summary>The document as UTF-8 JSON with every placeholder replaced by its raw text.</summary>
    public string Write(JsonNode? root)
    {
        var text = root?.ToJsonString() ?? "null";
        foreach (var (token, raw) in _raw) text = text.Replace($"\"{token}\"", raw, StringComparison.Ordinal);
        return text;
    }

    private BadValue Pick(JsonNode? node)
    {
        var roll = rng.Next(100);
        return node?.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.String when roll < 12 => BadValues.Pick(rng, BadValues.EnumNumbers),
            System.Text.Json.JsonValueKind.String when roll < 80 => BadValues.Pick(rng, BadValues.Strings),
            System.Text.Json.JsonValueKind.Number when roll < 70 => BadValues.Pick(rng, BadValues.Numbers),
            System.Text.Json.JsonValueKind.Number when roll < 85 => BadValues.Pick(rng, BadValues.Strings[^12..]),
            _ when roll < 40 => BadValues.Pick(rng, BadValues.Others),
            _ when roll < 70 => BadValues.Pick(rng, BadValues.Numbers),
            _ => BadValues.Pick(rng, BadValues.Strings),
        };
    }

    private string ArrayMutation(JsonArray array)
    {
        switch (rng.Next(5))
        {
            case 0:
                array.Insert(rng.Next(array.Count + 1), null);
                return "array.null-item";
            case 1:
                var n = rng.Next(2) == 0 ? 501 : 1001;
                var item = array.Count > 0 ? array[0] : JsonValue.Create("x");
                for (var i = array.Count; i < n; i++) array.Add(item?.DeepClone());
                return $"array.items-{n}";
            case 2:
                array.Clear();
                return "array.empty";
            default:
                var bad = rng.Next(2) == 0 ? BadValues.Pick(rng, BadValues.Others) : BadValues.Pick(rng, BadValues.Numbers);
                array.Insert(rng.Next(array.Count + 1), Placeholder(bad.Json));
                return $"array.item-{bad.Label}";
        }
    }

    private string ObjectMutation(JsonObject obj)
    {
        var roll = rng.Next(6);
        if (roll < 3)
        {
            var name = obj.ElementAt(rng.Next(obj.Count)).Key;
            obj.Remove(name);
            return $"object.missing-{name}";
        }
        if (roll == 3)
        {
            // A key no database can store, with a value: a placeholder property whose name and value are both raw.
            var key = BadValues.Pick(rng, BadValues.Keys);
            obj[$"@@KEY{_raw.Count}@@"] = 1;
            _raw[$"@@KEY{_raw.Count}@@"] = key.Json;
            return $"object.key-{key.Label}";
        }
        var bad = BadValues.Pick(rng, BadValues.Strings);
        obj[$"unknown{rng.Next(100)}"] = Placeholder(bad.Json);
        return "object.unknown-property";
    }

    private JsonValue Placeholder(string raw)
    {
        var token = $"@@RAW{_raw.Count}@@";
        _raw[token] = raw;
        return JsonValue.Create(token);
    }

    private static void Replace(ref JsonNode? root, Site site, JsonNode? value)
    {
        switch (site.Parent)
        {
            case null: root = value; break;
            case JsonObject o: o[site.Key!] = value; break;
            case JsonArray a: a[site.Index] = value; break;
        }
    }

    private static IEnumerable<Site> Sites(JsonNode? root)
    {
        var stack = new Stack<Site>([new Site("$", null, null, -1, root)]);
        while (stack.Count > 0)
        {
            var s = stack.Pop();
            yield return s;
            switch (s.Node)
            {
                case JsonObject o:
                    foreach (var (k, v) in o) stack.Push(new Site(s.Path == "$" ? k : $"{s.Path}.{k}", o, k, -1, v));
                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++) stack.Push(new Site($"{(s.Path == "$" ? "" : s.Path)}[{i}]", a, null, i, a[i]));
                    break;
            }
        }
    }
}
