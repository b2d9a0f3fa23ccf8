using System.Net;
using Oms.Ui.Api;

namespace Oms.Ui.Components.Shared;

/// <summary>What an action on a work list came to: done (in words) or the API's refusal in words.</summary>
public sealed record ActionOutcome(string? Done, string? Problem)
{
    public static ActionOutcome Success(string done) => new(done, null);

    /// <summary>The refusal as the person reads it: what was not done, and the API's reason.</summary>
    public static ActionOutcome Refused<T>(ApiResult<T> result, string what) => new(null, result.Status switch
    {
        HttpStatusCode.Forbidden => $"Refused: your role may not {what}. {result.Problem}",
        HttpStatusCode.NotFound => $"Refused: it was not found, or it is not yours to {what}. {result.Problem}",
        HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity or HttpStatusCode.BadRequest => $"Refused: {result.Problem}",
        _ => $"Could not {what}: {result.Problem}",
    });
}
