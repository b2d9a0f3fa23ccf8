namespace Oms.Domain.Common;

/// <summary>The action is not allowed in the entity's current state (HTTP 409).</summary>
public sealed class InvalidTransitionException(string entity, string state, string action, string? detail = null)
    : DomainException(detail ?? $"Cannot {action} {entity}: it is {state}.")
{
    public override string Code => "invalid-transition";
    public string Entity { get; } = entity;
    public string State { get; } = state;
    public string Action { get; } = action;
}
