namespace Oms.Ui.Api.Models;

/// <summary>Who the API takes the signed-in person to be (GET /api/auth/me).</summary>
public sealed record Me(string Actor, IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions, IReadOnlyList<string>? Locations,
    string? Channel)
{
    public bool Has(string permission) => Permissions.Contains(permission, StringComparer.Ordinal);
}
