using System.Text.Json;
using Oms.Domain.Common;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Json;

namespace Oms.Server.Core.Configuration;

/// <summary>Checks every configuration document shares: storable text of a bounded size, a bounded comment.</summary>
public static class ConfigurationDocuments
{
    public const int MaxLength = 1_000_000;

    public static void CheckStorable(JsonElement document, string? comment)
    {
        if (TextRules.FirstUnstorable(document) is { } path)
            throw new BusinessRuleException("document", $"The document has text that cannot be stored at {path}: NUL characters and unpaired surrogates are not allowed.");
        if (document.GetRawText().Length > MaxLength)
            throw new BusinessRuleException("document", $"The document is larger than {MaxLength} characters.");
        CheckComment(comment);
    }

    /// <summary>For a document read into its type (its strings were checked as they were read): the text to store, the comment.</summary>
    public static void CheckStorable(string canonicalDocument, string? comment)
    {
        if (canonicalDocument.Length > MaxLength)
            throw new BusinessRuleException("document", $"The document is larger than {MaxLength} characters.");
        CheckComment(comment);
    }

    private static void CheckComment(string? comment)
    {
        if (comment is { Length: > Limits.Reason })
            throw new BusinessRuleException("comment", $"comment must be at most {Limits.Reason} characters.");
        if (comment is not null && !TextRules.IsStorable(comment)) throw new BusinessRuleException("comment", TextRules.Problem(comment));
    }
}
