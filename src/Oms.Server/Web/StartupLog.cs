namespace Oms.Server.Web;

/// <summary>What the server says while it starts, one line each, so a first start is never silent.</summary>
internal static partial class StartupLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Database: {Database}")]
    public static partial void Database(this ILogger logger, string database);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Applying {Count} migrations…")]
    public static partial void Migrating(this ILogger logger, int count);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Database schema is up to date")]
    public static partial void SchemaUpToDate(this ILogger logger);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "Seeding demo data…")]
    public static partial void Seeding(this ILogger logger);

    [LoggerMessage(EventId = 104, Level = LogLevel.Information, Message = "Database ready in {Seconds:0.0} s")]
    public static partial void DatabaseReady(this ILogger logger, double seconds);

    [LoggerMessage(EventId = 105, Level = LogLevel.Information,
        Message = "Payments: the sandbox card provider is on (test tokens such as pm_card_visa, no money moves); switch it off in " +
            "production with Payments:Sandbox:Enabled=false")]
    public static partial void SandboxOn(this ILogger logger);

    [LoggerMessage(EventId = 106, Level = LogLevel.Information, Message = "Listening on {Url} (Ctrl+C stops)")]
    public static partial void Listening(this ILogger logger, string url);

    [LoggerMessage(EventId = 107, Level = LogLevel.Information,
        Message = "API reference at {Url}/api-docs (OpenAPI document at {Url}/openapi/v1.json)")]
    public static partial void ApiReference(this ILogger logger, string url);

    [LoggerMessage(EventId = 108, Level = LogLevel.Critical, Message = "The server could not start")]
    public static partial void StartFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 109, Level = LogLevel.Warning,
        Message = "Demo sign-in created (public, for trying the OMS only; never on a server others can reach):\n{Credentials}")]
    public static partial void DemoCredentials(this ILogger logger, string credentials);

    [LoggerMessage(EventId = 110, Level = LogLevel.Warning,
        Message = "No user can sign in yet: create the first administrator with `Oms.Server create-admin --user <name>` "
            + "(password from OMS_ADMIN_PASSWORD or standard input)")]
    public static partial void NoUsers(this ILogger logger);
}
