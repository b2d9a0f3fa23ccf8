using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oms.Persistence;
using Oms.Persistence.Outbox;
using Oms.Server.Core.Outbox;
using Oms.TestSupport;
using Oms.TestSupport.Smtp;

namespace Oms.Server.Tests.Infrastructure;

/// <summary>
/// An OMS with e-mail on: a real SMTP server (in the test process, on a free loopback port) is started before the OMS and
/// named in <c>Notifications:Smtp</c>. The relay runs as on any node; <see cref="SettleAsync"/> waits until every e-mail
/// that is due has been handled.
/// </summary>
public abstract class MailFixture : OmsFixture
{
    public const string From = "shop@example.com";

    public SmtpTestServer Smtp { get; private set; } = null!;

    /// <summary>An address of the test's own, so that tests sharing the OMS do not see each other's mail.</summary>
    public static string NewAddress(string test) => $"{test}-{Guid.NewGuid():N}"[..24] + "@example.com";

    protected override IReadOnlyList<KeyValuePair<string, string>> Settings =>
    [
        new("Notifications:Smtp:Host", Smtp.Host),
        new("Notifications:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Notifications:Smtp:SecureSocketOptions", "None"),
        new("Notifications:Smtp:FromAddress", From),
        new("Notifications:Smtp:FromName", "Outdoor Shop"),
        new("Notifications:Smtp:Timeout", "00:00:10"),
    ];

    /// <summary>The SMTP server has to listen before the OMS is configured with its port, so it starts with the database.</summary>
    protected sealed override async Task<string> CreateDatabaseAsync()
    {
        Smtp = await SmtpTestServer.StartAsync();
        return await CreateMailDatabaseAsync();
    }

    protected abstract Task<string> CreateMailDatabaseAsync();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Smtp is not null) await Smtp.DisposeAsync();
    }

    /// <summary>Runs the relay until no e-mail delivery is due (one the background relay holds is waited for).</summary>
    public async Task SettleAsync()
    {
        var relay = Services.GetRequiredService<OutboxRelay>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            await relay.DrainAsync(CancellationToken.None);
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
            var now = Clock.GetUtcNow().UtcDateTime;
            if (!await db.OutboxDeliveries.AnyAsync(d => d.Handler == "email" && d.Status == DeliveryStatus.Pending && d.DueAt <= now)) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("E-mail deliveries were still due after 20 s.");
            await Task.Delay(25);
        }
    }

    /// <summary>Every mail the server accepted for <paramref name="address"/>, in order of arrival.</summary>
    public IReadOnlyList<ReceivedMail> MailsTo(string address)
        => [.. Smtp.Messages.Where(m => m.EnvelopeTo.Contains(address, StringComparer.OrdinalIgnoreCase))];
}

public sealed class MailSqliteFixture : MailFixture
{
    private readonly TempSqliteFile _file = new();
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    protected override Task<string> CreateMailDatabaseAsync() => Task.FromResult(_file.ConnectionString);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _file.Delete();
    }
}

public sealed class MailPostgresFixture : MailFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
    protected override async Task<string> CreateMailDatabaseAsync()
        => await (await PostgresCluster.GetSharedAsync()).CreateDatabaseAsync("oms_mail");
}
