using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Results;

namespace Oms.Server.Core.Configuration.Documents;

/// <summary>Runs a document validator with every field named under the document's path in the request (400 on failure).</summary>
public static class DocumentValidation
{
    /// <summary>
    /// The document, checked; <paramref name="path"/> is where it sits in the request body (<c>document</c>), empty when
    /// it is the body; <paramref name="missing"/> says what to send when there is no document at all.
    /// </summary>
    public static T Check<T>(this IValidator<T> validator, T? document, string path, string missing) where T : class
    {
        if (document is null) throw new ValidationException([new ValidationFailure(path.Length == 0 ? "$" : path, missing)]);
        var chain = new PropertyChain(path.Length == 0 ? [] : [path]);
        var result = validator.Validate(new ValidationContext<T>(document, chain, new DefaultValidatorSelector()));
        return result.IsValid ? document : throw new ValidationException(result.Errors);
    }
}
