using System.Text.Json;
using FluentValidation;
using Oms.Domain.Common;
using Oms.Domain.Fraud;
using Oms.Domain.OrderWorkflows;
using Oms.Domain.Sourcing;
using Oms.Server.Core.Configuration.Documents;
using Oms.Server.Core.Configuration.Documents.Fraud;
using Oms.Server.Core.Configuration.Documents.Sourcing;
using Oms.Server.Core.Configuration.Documents.Workflows;
using Oms.Server.Web;

namespace Oms.Server.Tests.Documents;

/// <summary>
/// A configuration document read the way a request is (<see cref="DocumentBody"/>, then validator and model), and the
/// errors it gets as the problem answer lists them (<c>rules[0].points</c>), whether refused by shape (400) or value (422).
/// </summary>
internal static class DocumentText
{
    public static FraudRuleSet Fraud(string json, IReadOnlyCollection<string>? knownChannels = null)
        => FraudRulesDocuments.ToModel(Body<FraudRulesDocument>(json), knownChannels);

    public static OrderWorkflowDefinition Workflows(string json, IReadOnlyCollection<string>? knownChannels = null)
        => OrderWorkflowsDocuments.ToModel(Body<OrderWorkflowsDocument>(json), knownChannels);

    public static SourcingRuleSet Sourcing(string json) => SourcingRuleSetDocuments.ToModel(Body<SourcingRuleSetDocument>(json));

    /// <summary>The field errors of a refused document, by field as the answer names them.</summary>
    public static IReadOnlyDictionary<string, string[]> ErrorsOf(Action read)
    {
        try
        {
            read();
        }
        catch (BusinessRuleException e)
        {
            return e.Errors;
        }
        catch (ValidationException e)
        {
            return e.Errors.GroupBy(ProblemMapping.FieldOf, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).ToArray(), StringComparer.Ordinal);
        }
        Assert.Fail("The document was accepted.");
        return null!;
    }

    private static T? Body<T>(string json) where T : class => DocumentBody.Read<T>(JsonDocument.Parse(json).RootElement);
}
