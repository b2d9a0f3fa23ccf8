namespace Oms.Domain.Common;

/// <summary>A referenced resource does not exist (HTTP 404).</summary>
public sealed class NotFoundException(string resource, string key)
    : DomainException($"{resource} '{key}' was not found.")
{
    public override string Code => "not-found";
    public string Resource { get; } = resource;
}
