using System.Text.Json;
using Oms.Domain.Common;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Json;

namespace Oms.Server.Core.Configuration;

/// <summary>Checks every configuration document shares before its own validation: storable text, a bounded comment.</summary>
public static class ConfigurationDocuments
{
    public const int MaxLength = 1_000_000;

    public static void CheckStorable(JsonElement document, string? comment)
    {
        if (TextRules.FirstUnstorable(document) is { } path)
            throw new BusinessRuleException("document", $"The document has text that cannot be stored at {path}: NUL characters and unpaired surrogates are not allowed.");
        if (document.GetRawText().Length > MaxLength)
            throw new BusinessRuleException("document", $"The document is larger than {MaxLength} characters.");
        if (comment is { Length: > Limits.Reason })
            throw new BusinessRuleException("comment", $"comment must be at most {Limits.Reason} characters.");
        if (comment is not null && !TextRules.IsStorable(comment)) throw new BusinessRuleException("comment", TextRules.Problem(comment));
    }
}
