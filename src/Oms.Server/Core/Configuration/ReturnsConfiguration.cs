using Oms.Domain.Returns;
using Oms.Persistence;
using Oms.Server.Core.Configuration.Documents.Returns;

namespace Oms.Server.Core.Configuration;

/// <summary>
/// The return policy, the refund approval policy and the return settings in force, read from <see cref="ConfigurationStore"/>
/// like the fraud rules (each stored version parsed once; a change applies to the next command on every node). Without a
/// stored version the built-in defaults apply, as version 0.
/// </summary>
public static class ReturnsConfiguration
{
    public const string ReturnPolicy = "return-policy";
    public const string RefundApprovalPolicy = "refund-approval-policy";
    public const string ReturnSettings = "return-settings";

    public static async Task<ReturnPolicy> ReturnPolicyAsync(this OmsDbContext db, CancellationToken ct)
        => (await ReferenceCache.For(db).GetAsync(db, ct)).Active(ReturnPolicy, ProcessConfiguration.Key) is { } v
            ? ReferenceSnapshot.ParsedOnce(v, x => ReturnPolicyDocuments.Read(x.Document, x.Version))
            : Domain.Returns.ReturnPolicy.Default;

    public static async Task<RefundApprovalPolicy> RefundApprovalPolicyAsync(this OmsDbContext db, CancellationToken ct)
        => (await ReferenceCache.For(db).GetAsync(db, ct)).Active(RefundApprovalPolicy, ProcessConfiguration.Key) is { } v
            ? ReferenceSnapshot.ParsedOnce(v, x => RefundApprovalPolicyDocuments.Read(x.Document, x.Version))
            : Domain.Returns.RefundApprovalPolicy.Default;

    public static async Task<ReturnSettings> ReturnSettingsAsync(this OmsDbContext db, CancellationToken ct)
        => (await ReferenceCache.For(db).GetAsync(db, ct)).Active(ReturnSettings, ProcessConfiguration.Key) is { } v
            ? ReferenceSnapshot.ParsedOnce(v, x => ReturnSettingsDocuments.Read(x.Document, x.Version))
            : Domain.Returns.ReturnSettings.BuiltIn;
}
