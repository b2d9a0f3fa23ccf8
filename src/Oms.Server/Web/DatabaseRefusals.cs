using Microsoft.AspNetCore.Mvc;

namespace Oms.Server.Web;

/// <summary>
/// The answer when the database refused a value the request carried (see <c>DbErrors.RefusedValue</c>): a 422 that says
/// which kind of value, never the database's own message. It stands in for a missing validator, which the log names.
/// </summary>
internal static class DatabaseRefusals
{
    public static ProblemDetails Problem(string refusal) => ProblemMapping.Problem(422, "The request has a value the OMS cannot store", refusal switch
    {
        "too-long" => "A text in the request is longer than the OMS can store.",
        "out-of-range" => "A number in the request is larger than the OMS can store.",
        "unstorable-text" => "A text in the request has characters the OMS cannot store (NUL, or text that is not Unicode).",
        "unknown-reference" => "The request refers to something that does not exist.",
        _ => "A value in the request breaks a rule of the stored data.",
    }, refusal);
}
