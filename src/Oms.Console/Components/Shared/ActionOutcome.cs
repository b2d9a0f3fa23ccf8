using System.Net;
using Oms.Ui.Api;
using Oms.Ui.Api.Models;

namespace Oms.Ui.Components.Shared;

/// <summary>What an action came to: the order as the API now has it (when it changed), and the words to show — done, or
/// the API's refusal.</summary>
public sealed record ActionOutcome(Order? Order, string? Done, string? Problem)
{
    public static ActionOutcome Success(string done) => new(null, done, null);

    /// <summary>The refusal as the person reads it: what was not done, and the API's reason.</summary>
    public static ActionOutcome Refused<T>(ApiResult<T> result, string what) => new(null, null, result.Status switch
    {
        HttpStatusCode.Forbidden => $"Refused: your role may not {what}. {result.Problem}",
        HttpStatusCode.NotFound => $"Refused: it was not found, or it is not yours to {what}. {result.Problem}",
        HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity or HttpStatusCode.BadRequest => $"Refused: {result.Problem}",
        _ => $"Could not {what}: {result.Problem}",
    });
}
