using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration.Documents;
using Oms.Server.Core.Stock;

namespace Oms.Server.Web;

/// <summary>
/// The one mapping from errors to RFC 9457 problem+json: malformed or invalid input 400, missing 404,
/// illegal transition or conflict 409, broken business rule 422. Anything else is a bug and stays a 500: logged with
/// its trace id and answered with that id and nothing of the exception, so a caller can quote it to whoever reads the log.
/// </summary>
public sealed partial class ProblemMapping(IProblemDetailsService problems, ILogger<ProblemMapping> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception);
        if (problem is null && DbErrors.RefusedValue(exception) is { } refused)
        {
            // A safety net: the request is refused as it should be, but a validator should have caught it first.
            LogRefusedValue(log, exception, httpContext.Request.Method, httpContext.Request.Path, refused);
            problem = DatabaseRefusals.Problem(refused);
        }
        else if (problem is null)
        {
            // The id ASP.NET Core's problem details carry by default, and the W3C trace id telemetry exports.
            var traceId = Activity.Current?.Id ?? httpContext.TraceIdentifier;
            LogUnhandled(log, exception, httpContext.Request.Method, httpContext.Request.Path, traceId);
            problem = Problem(500, "Internal server error", $"An unexpected error occurred; quote trace id {traceId}.", "unexpected");
            problem.Extensions["traceId"] = traceId;
        }
        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(
            new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    internal static ProblemDetails? Map(Exception exception) => exception switch
    {
        BadHttpRequestException bad => BadRequest(bad),
        ValidationException v => Validation(v),
        BusinessRuleException rule => WithErrors(422, "The request breaks a business rule", rule.Message, rule.Errors, rule.Code),
        NotFoundException nf => Problem(404, "Not found", nf.Message, nf.Code),
        ForbiddenException f => Problem(403, "Not allowed", f.Message, f.Code),
        Access.UnauthenticatedException u => Problem(401, "Sign-in failed", u.Message, u.Code),
        InvalidTransitionException t => Transition(t),
        ConflictException c => Problem(409, "Conflict", c.Message, c.Code),
        DbUpdateConcurrencyException or StockConflictException or CommandRaceException => Problem(409, "Concurrent change",
            "The resource was changed by someone else at the same time, again and again. Reload it and try again.", "concurrency"),
        _ when DbErrors.IsUniqueViolation(exception) => Problem(409, "Conflict",
            "Something with the same key was created at the same time. Reload and try again.", "conflict"),
        _ => null,
    };

    /// <summary>Every problem carries the trace id; status-code pages (no route, wrong method) get a detail saying what happened.</summary>
    public static void Customize(ProblemDetailsContext c)
    {
        c.ProblemDetails.Extensions.TryAdd("traceId", c.HttpContext.TraceIdentifier);
        c.ProblemDetails.Detail ??= c.ProblemDetails.Status switch
        {
            404 => $"There is no resource at {c.HttpContext.Request.Method} {c.HttpContext.Request.Path}. The API is described at " +
                "/openapi/v1.json.",
            405 => $"{c.HttpContext.Request.Method} is not allowed on {c.HttpContext.Request.Path}.",
            _ => c.ProblemDetails.Title,
        };
    }

    private static ProblemDetails BadRequest(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json)
        {
            var path = string.IsNullOrEmpty(json.Path) ? "$" : json.Path;
            return WithErrors(400, "Malformed request body",
                $"The request body is not valid JSON for this operation (at {path}).",
                new Dictionary<string, string[]> { [path] = [FirstSentence(json.Message)] }, "malformed-json");
        }
        if (BindingFailure(bad.Message) is { } failure) return failure;
        return Problem(bad.StatusCode, "Bad request", bad.Message, "bad-request");
    }

    /// <summary>
    /// ASP.NET Core's parameter binding says <c>Failed to bind parameter "Nullable&lt;DateTime&gt; From" from "2026-13-01".</c>
    /// or <c>Required parameter "Guid id" was not provided from query string.</c>, naming our CLR types: the client gets
    /// the parameter as it sent it (camelCased) as a field error, with what a valid value looks like.
    /// </summary>
    internal static HttpValidationProblemDetails? BindingFailure(string message)
    {
        var failed = FailedToBind().Match(message);
        if (failed.Success)
        {
            var field = Camel(failed.Groups["name"].Value);
            var error = $"'{failed.Groups["value"].Value}' is not {Expected(failed.Groups["type"].Value)}.";
            return WithErrors(400, "The request is invalid", $"The parameter {field}: {error}",
                new Dictionary<string, string[]> { [field] = [error] }, "validation");
        }
        var missing = NotProvided().Match(message);
        if (missing.Success)
        {
            var field = Camel(missing.Groups["name"].Value);
            var error = $"Required: {Expected(missing.Groups["type"].Value)}.";
            return WithErrors(400, "The request is invalid", $"The parameter {field} is missing.",
                new Dictionary<string, string[]> { [field] = [error] }, "validation");
        }
        return null;
    }

    /// <summary>What a value of a bound parameter's type looks like, in words.</summary>
    private static string Expected(string clrType)
    {
        var type = clrType.StartsWith("Nullable<", StringComparison.Ordinal) ? clrType[9..^1] : clrType;
        return type switch
        {
            "DateTime" or "DateTimeOffset" => "a date (2026-12-01) or a UTC date and time (2026-12-01T09:30:00Z)",
            "DateOnly" => "a date (2026-12-01)",
            "Int32" or "Int64" or "Int16" or "int" or "long" => "a whole number",
            "Decimal" or "Double" or "Single" or "decimal" or "double" => "a number with a dot as decimal separator",
            "Boolean" or "bool" => "true or false",
            "Guid" => "an id (a GUID such as 6b1a5b0e-0000-0000-0000-000000000000)",
            _ => "a valid value here",
        };
    }

    [GeneratedRegex("""^Failed to bind parameter "(?<type>[^" ]+) (?<name>[^" ]+)" from "(?<value>[^"]*)"\.""")]
    private static partial Regex FailedToBind();

    [GeneratedRegex("""^Required parameter "(?<type>[^" ]+) (?<name>[^" ]+)" was not provided""")]
    private static partial Regex NotProvided();

    private static HttpValidationProblemDetails Validation(ValidationException v)
    {
        var errors = v.Errors
            .GroupBy(FieldOf, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray(), StringComparer.Ordinal);
        var first = v.Errors.FirstOrDefault()?.ErrorMessage ?? "The request is invalid.";
        return WithErrors(400, "The request is invalid", errors.Count == 1 ? first : $"{errors.Count} fields are invalid; first: {first}",
            errors, "validation");
    }

    private static ProblemDetails Transition(InvalidTransitionException t)
    {
        var p = Problem(409, "Action not allowed in the current state", t.Message, t.Code);
        p.Extensions["entity"] = t.Entity;
        p.Extensions["state"] = Camel(t.State);
        p.Extensions["action"] = Camel(t.Action);
        return p;
    }

    internal static ProblemDetails Problem(int status, string title, string detail, string code) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
        Type = $"https://oms.dev/problems/{code}",
        Extensions = { ["code"] = code },
    };

    private static HttpValidationProblemDetails WithErrors(int status, string title, string detail,
        IReadOnlyDictionary<string, string[]> errors, string code)
    {
        var p = new HttpValidationProblemDetails(errors.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal))
        {
            Status = status,
            Title = title,
            Detail = detail,
            Type = $"https://oms.dev/problems/{code}",
        };
        p.Extensions["code"] = code;
        return p;
    }

    /// <summary>An enum name as the JSON spells it (<c>ReadyForPickup</c> → <c>readyForPickup</c>); other text as it is.</summary>
    internal static string Camel(string value)
        => value.Length > 0 && char.IsUpper(value[0]) && value.All(char.IsAsciiLetterOrDigit)
            ? char.ToLowerInvariant(value[0]) + value[1..] : value;

    /// <summary>A failure's field as the client sent it: a configuration document's JSON path as it is, a C# chain camelCased.</summary>
    internal static string FieldOf(ValidationFailure failure)
        => ReferenceEquals(failure.CustomState, DocumentBody.JsonPath) ? failure.PropertyName : CamelPath(failure.PropertyName);

    /// <summary>
    /// <c>Lines[0].UnitPrice</c> → <c>lines[0].unitPrice</c>, the names clients
    /// send; a header (<c>X-Actor</c>) as it is spelled.
    /// </summary>
    internal static string CamelPath(string path) => string.Join('.', path.Split('.')
        .Select(s => s.Length == 0 || s.Contains('-', StringComparison.Ordinal) ? s : char.ToLowerInvariant(s[0]) + s[1..]));

    /// <summary>System.Text.Json names our CLR types; clients need to know what was wrong with their value.</summary>
    private static string FirstSentence(string message)
    {
        if (message.Contains("could not be converted", StringComparison.Ordinal))
            return "The value has the wrong type, is not one of the allowed values, or the JSON is cut short.";
        var i = message.IndexOf(". Path:", StringComparison.Ordinal);
        return i > 0 ? message[..i] + "." : message;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The database refused a value on {Method} {Path} ({Refusal}): a validator is missing")]
    private static partial void LogRefusedValue(ILogger logger, Exception exception, string method, string path, string refusal);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Method} {Path} (trace id {TraceId})")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path, string traceId);
}
