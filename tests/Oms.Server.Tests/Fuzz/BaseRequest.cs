namespace Oms.Server.Tests.Fuzz;

/// <summary>A valid request of one operation, the starting point of every mutation: route values, query, and a JSON or text body.</summary>
public sealed record BaseRequest(IReadOnlyDictionary<string, string> Route, string? Json = null, string? Text = null,
    string ContentType = "application/json")
{
    public IReadOnlyDictionary<string, string> Query { get; init; } = new Dictionary<string, string>();
}
