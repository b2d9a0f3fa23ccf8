using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Inbox;
using Oms.Server.Core.Outbox;
using Oms.Server.Core.Payments;
using Oms.Server.Core.Scheduling;
using Oms.Server.Core.Sourcing;
using Oms.Server.Core.Stock;
using Oms.Server.Core.Workflows;

namespace Oms.Server.Core;

public static class CoreSetup
{
    /// <summary>The command bus, the outbox and its relay, the scheduler, and every command handler of the assembly.</summary>
    public static IServiceCollection AddOmsCore(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<OmsOptions>(config.GetSection("Oms"));
        services.Configure<StockSettings>(config.GetSection("Oms:Stock"));
        services.Configure<OutboxOptions>(config.GetSection("Outbox"));
        services.Configure<SchedulerOptions>(config.GetSection("Scheduler"));
        ReferenceCache.CheckInterval = TimeSpan.FromMilliseconds(Math.Max(0, config.GetValue("Oms:Cache:CheckIntervalMilliseconds", 1000)));
        StockPositionCache.Lifetime = TimeSpan.FromMilliseconds(Math.Max(0, config.GetValue("Oms:Cache:StockPositionMilliseconds", 1000)));
        services.AddSingleton<WriteGate>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxWriter>();
        services.AddSingleton<OutboxRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxRelay>());
        services.AddHostedService<Scheduler>();
        services.AddScoped<CommandBus>();
        services.Configure<InboxOptions>(config.GetSection("Inbox"));
        services.AddSingleton<MessageInbox>();
        services.AddPeriodicJob<InboxRetry>();
        services.AddScoped<LineSourcer>();
        services.AddScoped<WorkflowRunner>();
        services.AddSingleton<PaymentSettlement>();
        services.AddSingleton<IOutboxHandler>(sp => sp.GetRequiredService<PaymentSettlement>());

        var handler = typeof(ICommandHandler<,>);
        foreach (var type in typeof(CoreSetup).Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false }))
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == handler))
                services.AddScoped(contract, type);
        return services;
    }

    /// <summary>A handler the relay runs after commits (a feature's), registered once as itself and as a handler.</summary>
    public static IServiceCollection AddOutboxHandler<T>(this IServiceCollection services) where T : class, IOutboxHandler
    {
        services.AddSingleton<T>();
        services.AddSingleton<IOutboxHandler>(sp => sp.GetRequiredService<T>());
        return services;
    }

    public static IServiceCollection AddPeriodicJob<T>(this IServiceCollection services) where T : class, IPeriodicJob
    {
        services.AddSingleton<T>();
        services.AddSingleton<IPeriodicJob>(sp => sp.GetRequiredService<T>());
        return services;
    }
}
