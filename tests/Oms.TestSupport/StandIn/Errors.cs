using System.Text.Json.Nodes;

namespace Oms.TestSupport.StandIn;

/// <summary>Stripe's error bodies: <c>{"error": {"type", "code", "decline_code", "param", "message"}}</c>.</summary>
internal static class Errors
{
    public static Answer CardDeclined(string code, string declineCode, string message) =>
        Error(402, "card_error", code, message, declineCode: declineCode);

    public static Answer InvalidRequest(string code, string param, string message, int status = 400) =>
        Error(status, "invalid_request_error", code, message, param);

    public static Answer NoSuchIntent(string id) =>
        Error(404, "invalid_request_error", "resource_missing", $"No such payment_intent: '{id}'", "intent");

    public static Answer UnexpectedState(string status, string action) =>
        Error(400, "invalid_request_error", "payment_intent_unexpected_state",
            $"This PaymentIntent could not be {action}d because it has a status of {status}.");

    public static Answer Server() => Error(500, "api_error", null, "An unknown error occurred.");

    public static Answer Unauthorised() => Error(401, "invalid_request_error", null, "Invalid API Key provided.");

    public static Answer IdempotencyMismatch() => Error(400, "idempotency_error", null,
        "Keys for idempotent requests can only be used with the same parameters they were first used with.");

    public static Answer IdempotencyInProgress() => Error(409, "idempotency_error", null,
        "There is currently another in-progress request using this Idempotency-Key.");

    private static Answer Error(int status, string type, string? code, string message, string? param = null, string? declineCode = null)
    {
        var error = new JsonObject { ["type"] = type, ["message"] = message };
        if (code is not null) error["code"] = code;
        if (declineCode is not null) error["decline_code"] = declineCode;
        if (param is not null) error["param"] = param;
        return new Answer(status, new JsonObject { ["error"] = error });
    }
}
