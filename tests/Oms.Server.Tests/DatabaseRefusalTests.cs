using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Oms.Persistence;
using Oms.Server.Tests.Infrastructure;

namespace Oms.Server.Tests;

/// <summary>
/// The safety net behind the validators: a value the database refuses (too long, out of range, not storable text, a
/// broken check or reference) is the client's 422, never a 500, and the log warns that a validator is missing. Anything
/// else the database throws is still a bug.
/// </summary>
public abstract class DatabaseRefusalTests(OmsFixture fx)
{
    private const string Route = "/test-only/refused";

    private static readonly (string Error, string Code)[] Refusals =
    [
        (PostgresErrorCodes.StringDataRightTruncation, "too-long"),
        (PostgresErrorCodes.NumericValueOutOfRange, "out-of-range"),
        (PostgresErrorCodes.CharacterNotInRepertoire, "unstorable-text"),
        (PostgresErrorCodes.UntranslatableCharacter, "unstorable-text"),
        (PostgresErrorCodes.CheckViolation, "check"),
        (PostgresErrorCodes.ForeignKeyViolation, "unknown-reference"),
        ("sqlite:787", "unknown-reference"),
        ("sqlite:275", "check"),
        ("encoder", "unstorable-text"),
    ];

    [Fact]
    public async Task A_value_the_database_refuses_is_a_422_and_a_warning_and_any_other_database_error_a_500()
    {
        var log = new LogCapture();
        await using var app = new OmsApp(fx.Provider, fx.ConnectionString, fx.Clock, fx.Stripe.BaseUrl).WithWebHostBuilder(b => b.ConfigureServices(s =>
        {
            s.AddSingleton<IStartupFilter>(new RefusingRoute());
            s.AddSingleton<ILoggerProvider>(log);
        }));
        using var http = app.CreateDefaultClient(new DefaultCredential(fx.AdminKey));

        foreach (var (error, code) in Refusals)
        {
            var problem = await OmsClient.ProblemAsync(await http.PostAsync($"{Route}?error={error}", null), HttpStatusCode.UnprocessableEntity);
            Assert.Equal(code, problem.GetProperty("code").GetString());
            Assert.DoesNotContain("secret", problem.ToString(), StringComparison.Ordinal);
        }
        Assert.Equal(Refusals.Length, log.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("a validator is missing", StringComparison.Ordinal)));
        await OmsClient.ProblemAsync(await http.PostAsync($"{Route}?error={PostgresErrorCodes.DiskFull}", null), HttpStatusCode.InternalServerError);
    }

    /// <summary>A route behind the whole OMS pipeline that fails the way EF reports a refused value.</summary>
    private sealed class RefusingRoute : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use(async (http, rest) =>
            {
                if (http.Request.Path == Route)
                    throw new DbUpdateException("An error occurred while saving the entity changes.", Cause(http.Request.Query["error"].ToString()));
                await rest(http);
            });
        };

        private static Exception Cause(string error) => error switch
        {
            "encoder" => new System.Text.EncoderFallbackException("secret text"),
            _ when error.StartsWith("sqlite:", StringComparison.Ordinal)
                => new SqliteException("secret constraint", 19, int.Parse(error[7..], System.Globalization.CultureInfo.InvariantCulture)),
            _ => new PostgresException("secret value", "ERROR", "ERROR", error),
        };
    }
}

public sealed class DatabaseRefusalTests_Sqlite(SqliteFixture fx) : DatabaseRefusalTests(fx), IClassFixture<SqliteFixture>;

public sealed class DatabaseRefusalTests_Postgres(PostgresFixture fx) : DatabaseRefusalTests(fx), IClassFixture<PostgresFixture>;
