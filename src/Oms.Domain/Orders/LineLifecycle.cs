using Oms.Domain.Common;

namespace Oms.Domain.Orders;

/// <summary>
/// A line lifecycle as data: the legal (state, action) → state moves. Anything not listed is refused.
/// Lifecycles are named and versioned so that a running line keeps the definition it started with.
/// (The order's workflow, the steps an order runs, is another thing: see <c>OrderWorkflows</c>.)
/// </summary>
public sealed class LineLifecycle
{
    private readonly Dictionary<(LineStatus, LineAction), LineStatus> _moves;

    public LineLifecycle(string id, IEnumerable<LineTransition> transitions)
    {
        Id = Guard.NotEmpty(id, "lifecycle.id");
        Transitions = [.. transitions];
        _moves = [];
        foreach (var t in Transitions)
        {
            if (!_moves.TryAdd((t.From, t.Action), t.To))
                throw new BusinessRuleException("lifecycle.transitions", $"Lifecycle {id} lists {t.Action} from {t.From} twice.");
        }
    }

    /// <summary>Identifier with version, e.g. <c>ship-to-address@1</c>.</summary>
    public string Id { get; }
    public IReadOnlyList<LineTransition> Transitions { get; }

    public bool Allows(LineStatus from, LineAction action) => _moves.ContainsKey((from, action));

    /// <summary>The state after <paramref name="action"/>, or an <see cref="InvalidTransitionException"/>.</summary>
    public LineStatus Next(LineStatus from, LineAction action, string lineLabel)
        => _moves.TryGetValue((from, action), out var to)
            ? to
            : throw new InvalidTransitionException($"line {lineLabel}", from.ToString(), action.ToString());
}
