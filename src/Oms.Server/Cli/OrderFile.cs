using System.Text.Json;
using System.Text.Json.Nodes;

namespace Oms.Server.Cli;

/// <summary>The records of an orders file: a JSON array of objects, or JSON Lines (one object per line).</summary>
public static class OrderFile
{
    /// <summary>Each record as its JSON text; a line that is not JSON is kept as it is (and rejected when read).</summary>
    public static IReadOnlyList<string> Records(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (trimmed.StartsWith('['))
        {
            try
            {
                return JsonNode.Parse(trimmed)!.AsArray().Select(n => n?.ToJsonString() ?? "null").ToList();
            }
            catch (JsonException)
            {
                return [trimmed];
            }
        }
        return trimmed.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
    }
}
