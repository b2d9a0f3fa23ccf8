namespace Oms.Server.Web.Access;

/// <summary>A sign-in that failed (HTTP 401): wrong credentials, or an account locked out.</summary>
public sealed class UnauthenticatedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
