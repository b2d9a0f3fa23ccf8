using Microsoft.EntityFrameworkCore;
using Oms.Domain.Fraud;
using Oms.Domain.OrderWorkflows;
using Oms.Server.Core.Configuration.Documents.Fraud;
using Oms.Server.Core.Configuration.Documents.Workflows;
using Oms.Persistence;

namespace Oms.Server.Core.Configuration;

/// <summary>
/// The fraud rule set and the order workflow definition in force, read from <see cref="ConfigurationStore"/> with
/// each command (no cache, so a change takes effect with the next order on every node). Without a stored version the
/// built-in defaults apply, as version 0.
/// </summary>
public static class ProcessConfiguration
{
    public const string FraudRules = "fraud-rules";
    public const string OrderWorkflows = "order-workflows";
    /// <summary>One document of each kind per installation.</summary>
    public const string Key = "default";

    public static async Task<FraudRuleSet> FraudRulesAsync(this OmsDbContext db, CancellationToken ct)
        => (await ReferenceCache.For(db).GetAsync(db, ct)).Active(FraudRules, Key) is { } v
            ? ReferenceSnapshot.ParsedOnce(v, x => FraudRulesDocuments.Read(x.Document).WithVersion(x.Version))
            : FraudRuleSet.Default;

    public static async Task<OrderWorkflowDefinition> OrderWorkflowsAsync(this OmsDbContext db, CancellationToken ct)
        => (await ReferenceCache.For(db).GetAsync(db, ct)).Active(OrderWorkflows, Key) is { } v
            ? ReferenceSnapshot.ParsedOnce(v, x => OrderWorkflowsDocuments.Read(x.Document).WithVersion(x.Version))
            : OrderWorkflowDefinition.Default;

    public static async Task<List<string>> ChannelCodesAsync(this OmsDbContext db, CancellationToken ct)
        => await db.Channels.AsNoTracking().Select(c => c.Code).ToListAsync(ct);
}
