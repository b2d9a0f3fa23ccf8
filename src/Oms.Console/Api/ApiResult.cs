using System.Net;

namespace Oms.Ui.Api;

/// <summary>An API answer: the value on success, otherwise the status and the problem's readable detail.</summary>
public sealed record ApiResult<T>(T? Value, HttpStatusCode Status, string? Problem)
{
    public bool Ok => Problem is null && Value is not null;
    public bool Unauthenticated => Status == HttpStatusCode.Unauthorized;
}
