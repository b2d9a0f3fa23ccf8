namespace Oms.Domain.Common;

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
