namespace Oms.Domain.Common;

/// <summary>The command conflicts with what is already stored (HTTP 409), e.g. an idempotency key reused with another body.</summary>
public sealed class ConflictException(string message) : DomainException(message)
{
    public override string Code => "conflict";
}
