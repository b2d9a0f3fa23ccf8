namespace Oms.Server.Core.Contracts;

/// <summary>
/// Marks a request body (or a part of one) and names the JSON fields it must carry. Request records are nullable
/// throughout on purpose (a missing field is answered with a field error naming it, not with a parse error), so the C#
/// types cannot say this; the validators and handlers refuse a request without these fields, and the OpenAPI document
/// lists them as required. Fields required only in some cases (a pickup line's <c>pickupLocation</c>) are left out here
/// and say when in their description.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiredFieldsAttribute(params string[] names) : Attribute
{
    public IReadOnlyList<string> Names { get; } = names;
}
