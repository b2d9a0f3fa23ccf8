using Microsoft.AspNetCore.Identity;

namespace Oms.Persistence.Identity;

/// <summary>
/// A person who signs in (ASP.NET Core Identity keeps the password hash, lock-out and security stamp). Roles and the
/// stores a store-scoped role reaches are kept on the user.
/// </summary>
public sealed class OmsUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    public IReadOnlyList<string> Roles { get; set; } = [];
    /// <summary>The stores a store-scoped role reaches; empty for none.</summary>
    public IReadOnlyList<string> Stores { get; set; } = [];
    public bool Disabled { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime? LastSignInAt { get; set; }
}
