namespace Oms.Domain.Returns;

/// <summary>The return policy a return was requested under.</summary>
public sealed partial class ReturnOrder
{
    /// <summary>The version of the return policy that accepted the request (0: the built-in default); null before it was kept.</summary>
    public int? PolicyVersion { get; private set; }

    /// <summary>Keeps the version of the policy that accepted the request; set once, when the return is requested.</summary>
    public void RequestedUnder(ReturnPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        PolicyVersion ??= policy.Version;
    }
}
