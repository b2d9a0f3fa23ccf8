using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Oms.Domain.Access;
using Oms.Domain.Audit;
using Oms.Domain.Catalog;
using Oms.Domain.Configuration;
using Oms.Domain.Connectors;
using Oms.Domain.Customers;
using Oms.Domain.Imports;
using Oms.Domain.Geocoding;
using Oms.Domain.Inventory;
using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Domain.Returns;
using Oms.Domain.Tracking;
using Oms.Domain.Webhooks;

namespace Oms.Persistence;

/// <summary>
/// The one unit of work. Each provider has its own subclass so that each keeps its own migration set
/// (ADR 0003); handlers depend on this base type only.
/// </summary>
public abstract class OmsDbContext(DbContextOptions options)
    : IdentityUserContext<Identity.OmsUser, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>
    /// Which database this context works on, read from its options without initialising the context (which asking
    /// <c>Database.GetConnectionString()</c> does): per-database caches answer a read from memory at no database cost.
    /// </summary>
    public string DatabaseKey { get; } =
        options.Extensions.OfType<RelationalOptionsExtension>().FirstOrDefault()?.ConnectionString ?? "";

    public DbSet<Channel> Channels => Set<Channel>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<StockItem> Stock => Set<StockItem>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderLine> OrderLines => Set<OrderLine>();
    public DbSet<FulfilmentOrder> FulfilmentOrders => Set<FulfilmentOrder>();
    public DbSet<Shipment> Shipments => Set<Shipment>();
    public DbSet<ExpectedReceipt> ExpectedReceipts => Set<ExpectedReceipt>();
    public DbSet<ReturnOrder> ReturnOrders => Set<ReturnOrder>();
    public DbSet<HeldStock> HeldStock => Set<HeldStock>();
    public DbSet<CarrierMessage> CarrierMessages => Set<CarrierMessage>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<ConfigurationVersion> ConfigurationVersions => Set<ConfigurationVersion>();
    public DbSet<StockMovement> StockMovements => Set<StockMovement>();
    public DbSet<StockDiscrepancy> StockDiscrepancies => Set<StockDiscrepancy>();
    public DbSet<Outbox.OutboxEvent> OutboxEvents => Set<Outbox.OutboxEvent>();
    public DbSet<Outbox.OutboxDelivery> OutboxDeliveries => Set<Outbox.OutboxDelivery>();
    public DbSet<Outbox.SchedulerLease> SchedulerLeases => Set<Outbox.SchedulerLease>();
    public DbSet<CacheStamp> CacheStamps => Set<CacheStamp>();
    public DbSet<Carrier> Carriers => Set<Carrier>();
    public DbSet<ReferenceDataChange> ReferenceDataChanges => Set<ReferenceDataChange>();
    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();
    public DbSet<ImportRowError> ImportRowErrors => Set<ImportRowError>();
    public DbSet<PostalCodeCentroid> PostalCodeCentroids => Set<PostalCodeCentroid>();
    public DbSet<PostalCodeTableLoad> PostalCodeTableLoads => Set<PostalCodeTableLoad>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<Connector> Connectors => Set<Connector>();
    public DbSet<InboundMessage> InboundMessages => Set<InboundMessage>();
    public DbSet<EdiDocument> EdiDocuments => Set<EdiDocument>();
    public DbSet<ChannelAvailability> ChannelAvailability => Set<ChannelAvailability>();
    public DbSet<WebhookAttempt> WebhookAttempts => Set<WebhookAttempt>();
    public DbSet<Role> Roles => Set<Role>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    /// <summary>The keys that protect sign-in cookies and tokens, shared by every node.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OmsDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Times are UTC DateTime: SQLite cannot compare DateTimeOffset in SQL, and Npgsql maps UTC to timestamptz.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
        // Enums are stored by name so that the data reads the same as the API.
        configurationBuilder.Properties<ChannelType>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<LocationType>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<SizeClass>().HaveConversion<string>().HaveMaxLength(8);
        configurationBuilder.Properties<OrderType>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<OrderStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<LineStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DeliveryMethod>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<FulfilmentOrderStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ReceiptStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<string>().HaveMaxLength(200);
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
