using System.Net;

namespace Oms.Ui.Api;

/// <summary>
/// An API answer: the value on success, otherwise the status, the problem's readable detail and its field errors (the
/// problem's <c>errors</c>, by the API's field path, e.g. <c>customer.email</c> or <c>lines[0].quantity</c>).
/// </summary>
public sealed record ApiResult<T>(T? Value, HttpStatusCode Status, string? Problem, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public bool Ok => Problem is null && Value is not null;
    public bool Unauthenticated => Status == HttpStatusCode.Unauthorized;
}
