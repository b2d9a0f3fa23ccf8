using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Oms.Server.Tests.Infrastructure;

namespace Oms.Server.Tests;

/// <summary>
/// A bug answers 500 as problem+json with a trace id and a generic detail (nothing of the exception), and the log entry
/// carries the same trace id. The failure is real: the test host adds a route that throws behind the OMS's own pipeline.
/// </summary>
public abstract class UnexpectedErrorTests(OmsFixture fx)
{
    private const string Route = "/test-only/throws";

    [Fact]
    public async Task An_unexpected_error_answers_problem_json_with_the_trace_id_the_log_carries()
    {
        var log = new LogCapture();
        await using var app = new OmsApp(fx.Provider, fx.ConnectionString, fx.Clock, fx.Stripe.BaseUrl).WithWebHostBuilder(b => b.ConfigureServices(s =>
        {
            s.AddSingleton<IStartupFilter>(new ThrowingRoute());
            s.AddSingleton<ILoggerProvider>(log);
        }));
        using var http = app.CreateDefaultClient(new DefaultCredential(fx.AdminKey));

        var response = await http.GetAsync(Route);

        var problem = await OmsClient.ProblemAsync(response, HttpStatusCode.InternalServerError);
        var traceId = problem.GetProperty("traceId").GetString()!;
        Assert.False(string.IsNullOrWhiteSpace(traceId));
        Assert.Equal($"An unexpected error occurred; quote trace id {traceId}.", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("secret detail", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var entry = Assert.Single(log.Entries, e => e.Level == LogLevel.Error && e.Exception is InvalidOperationException);
        Assert.Contains($"trace id {traceId}", entry.Message, StringComparison.Ordinal);
        Assert.Contains(Route, entry.Message, StringComparison.Ordinal);
    }

    /// <summary>A route behind the whole OMS pipeline (exception handler included) that fails as a bug would.</summary>
    private sealed class ThrowingRoute : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use(async (http, rest) =>
            {
                if (http.Request.Path == Route) throw new InvalidOperationException("secret detail of a bug");
                await rest(http);
            });
        };
    }
}

public sealed class UnexpectedErrorTests_Sqlite(SqliteFixture fx) : UnexpectedErrorTests(fx), IClassFixture<SqliteFixture>;

public sealed class UnexpectedErrorTests_Postgres(PostgresFixture fx) : UnexpectedErrorTests(fx), IClassFixture<PostgresFixture>;
