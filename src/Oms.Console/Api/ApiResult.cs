using System.Net;

namespace Oms.Ui.Api;

/// <summary>An API answer: the value on success, otherwise the status and the problem's readable detail, with its field errors
/// (the problem's <c>errors</c>: field path to messages) when it names fields.</summary>
public sealed record ApiResult<T>(T? Value, HttpStatusCode Status, string? Problem, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public bool Ok => Problem is null && Value is not null;
    public bool Unauthenticated => Status == HttpStatusCode.Unauthorized;
}
