namespace Oms.Domain.Common;

/// <summary>A command broke a rule of the model. Mapped to problem+json in one place by the server.</summary>
public abstract class DomainException(string message) : Exception(message)
{
    /// <summary>A stable, machine-readable code (e.g. <c>invalid-transition</c>).</summary>
    public abstract string Code { get; }
}
