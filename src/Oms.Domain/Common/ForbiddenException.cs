namespace Oms.Domain.Common;

/// <summary>The caller is known but may not do this (HTTP 403). Objects the caller may not see answer 404 instead.</summary>
public sealed class ForbiddenException(string message) : DomainException(message)
{
    public override string Code => "forbidden";
}
