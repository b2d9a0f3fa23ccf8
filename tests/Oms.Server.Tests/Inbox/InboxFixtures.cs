using Microsoft.Extensions.DependencyInjection;
using Oms.Server.Core.Inbox;
using Oms.Server.Tests.Infrastructure;

namespace Oms.Server.Tests.Inbox;

/// <summary>The standard OMS plus <see cref="JsonOrderInbound"/>, so the inbox can be driven with the OMS's own order JSON.</summary>
public sealed class InboxSqliteFixture : SqliteFixture
{
    protected override void ConfigureServices(IServiceCollection services)
        => services.AddSingleton<JsonOrderInbound>().AddSingleton<IInboundHandler>(sp => sp.GetRequiredService<JsonOrderInbound>());
}

public sealed class InboxPostgresFixture : PostgresFixture
{
    protected override void ConfigureServices(IServiceCollection services)
        => services.AddSingleton<JsonOrderInbound>().AddSingleton<IInboundHandler>(sp => sp.GetRequiredService<JsonOrderInbound>());
}
