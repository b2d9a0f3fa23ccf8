namespace Oms.Domain.Common;

/// <summary>A command broke a rule of the model. Mapped to problem+json in one place by the server.</summary>
public abstract class DomainException(string message) : Exception(message)
{
    /// <summary>A stable, machine-readable code (e.g. <c>invalid-transition</c>).</summary>
    public abstract string Code { get; }
}

/// <summary>The action is not allowed in the entity's current state (HTTP 409).</summary>
public sealed class InvalidTransitionException(string entity, string state, string action, string? detail = null)
    : DomainException(detail ?? $"Cannot {action} {entity}: it is {state}.")
{
    public override string Code => "invalid-transition";
    public string Entity { get; } = entity;
    public string State { get; } = state;
    public string Action { get; } = action;
}

/// <summary>The command conflicts with what is already stored (HTTP 409), e.g. an idempotency key reused with another body.</summary>
public sealed class ConflictException(string message) : DomainException(message)
{
    public override string Code => "conflict";
}

/// <summary>A referenced resource does not exist (HTTP 404).</summary>
public sealed class NotFoundException(string resource, string key)
    : DomainException($"{resource} '{key}' was not found.")
{
    public override string Code => "not-found";
    public string Resource { get; } = resource;
}

/// <summary>The command is well-formed but breaks a business rule (HTTP 422), with errors per field.</summary>
public sealed class BusinessRuleException : DomainException
{
    public BusinessRuleException(string message, IReadOnlyDictionary<string, string[]>? errors = null) : base(message)
        => Errors = errors ?? new Dictionary<string, string[]>();

    public BusinessRuleException(string field, string message)
        : this(message, new Dictionary<string, string[]> { [field] = [message] }) { }

    public override string Code => "business-rule";
    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
