using FluentValidation;
using FluentValidation.Results;

namespace Oms.Server.Features.Network;

/// <summary>The key of a PUT comes from the URL; a body may repeat it, but not name another record.</summary>
public static class RouteKeys
{
    public static string Merge(string? bodyKey, string routeKey, string field)
        => bodyKey is null || string.Equals(bodyKey.Trim(), routeKey, StringComparison.Ordinal)
            ? routeKey
            : throw new ValidationException([new ValidationFailure(field,
                $"The body names {field} '{bodyKey}' but the URL names '{routeKey}'; a {field} cannot be changed.")]);
}
