using Oms.Domain.Common;

namespace Oms.Domain.Orders;

/// <summary>
/// Why the order's lines went where they went: the rule set used, the candidates considered, which rule filtered
/// which location out, the scores and the chosen plan — kept with the order so that anyone can ask later.
/// Not loaded with the order (explanations are large); <see cref="Order.RecordSourcingDecision"/> only appends.
/// </summary>
public sealed class SourcingDecision
{
    private SourcingDecision() { RuleSet = null!; Summary = null!; Explanation = null!; }

    internal SourcingDecision(Guid id, Guid orderId, DateTime at, string ruleSet, string summary, string explanation)
    {
        Id = id;
        OrderId = orderId;
        At = at;
        RuleSet = ruleSet;
        Summary = TextLimit.Clip(summary, 2000);
        Explanation = explanation;
    }

    public Guid Id { get; private set; }
    public Guid OrderId { get; private set; }
    public DateTime At { get; private set; }
    /// <summary>Which rule set and version decided, e.g. <c>web/pickupInStore@3</c>.</summary>
    public string RuleSet { get; private set; }
    public string Summary { get; private set; }
    /// <summary>The full explanation as JSON.</summary>
    public string Explanation { get; private set; }
}
