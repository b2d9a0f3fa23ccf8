using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oms.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ForwardFlowCommandCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Stock_NonNegative",
                table: "Stock");

            migrationBuilder.DropIndex(
                name: "IX_Orders_CreatedAt",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_CustomerEmail",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_CustomerPhone",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_Status_CreatedAt",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_FulfilmentOrders_LocationCode_Status",
                table: "FulfilmentOrders");

            migrationBuilder.DropColumn(
                name: "Location",
                table: "IdempotencyRecords");

            migrationBuilder.DropColumn(
                name: "ResponseBody",
                table: "IdempotencyRecords");

            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "Products",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "CustomerName",
                table: "Orders",
                type: "TEXT",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<Guid>(
                name: "CustomerId",
                table: "Orders",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AlterColumn<string>(
                name: "CustomerEmail",
                table: "Orders",
                type: "TEXT",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200);

            migrationBuilder.AddColumn<bool>(
                name: "AuthorisationStarted",
                table: "Orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "BillingAddress_GeocodedFrom",
                table: "Orders",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NextStep",
                table: "Orders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReleaseAfter",
                table: "Orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ShippingAddress_GeocodedFrom",
                table: "Orders",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SourcingReached",
                table: "Orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "SubjectId",
                table: "OrderTimeline",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReplacedBy",
                table: "OrderPayments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExceptionReason",
                table: "OrderLines",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ExceptionSince",
                table: "OrderLines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ShippingAddress_GeocodedFrom",
                table: "OrderLines",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BeforeStep",
                table: "OrderHolds",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Address_GeocodedFrom",
                table: "Locations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "CutOffTime",
                table: "Locations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OpeningHours",
                table: "Locations",
                type: "TEXT",
                maxLength: -1,
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<string>(
                name: "TimeZoneId",
                table: "Locations",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "Europe/Amsterdam");

            migrationBuilder.AddColumn<Guid>(
                name: "ResourceId",
                table: "IdempotencyRecords",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<bool>(
                name: "AllowsAnonymousCustomer",
                table: "Channels",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "CacheStamps",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CacheStamps", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "Carriers",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TrackingUrlTemplate = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Services = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Carriers", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "FulfilmentRejections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FulfilmentOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Sku = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FulfilmentRejections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FulfilmentRejections_FulfilmentOrders_FulfilmentOrderId",
                        column: x => x.FulfilmentOrderId,
                        principalTable: "FulfilmentOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImportJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    HeartbeatAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TotalRows = table.Column<int>(type: "INTEGER", nullable: true),
                    RowsRead = table.Column<int>(type: "INTEGER", nullable: false),
                    Accepted = table.Column<int>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    FailureMessage = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Payload = table.Column<string>(type: "TEXT", maxLength: -1, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportJobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SubjectKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Data = table.Column<string>(type: "TEXT", maxLength: -1, nullable: false),
                    Internal = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PostalCodeCentroids",
                columns: table => new
                {
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostalCodeCentroids", x => new { x.Country, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "PostalCodeTableLoads",
                columns: table => new
                {
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LoadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LoadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostalCodeTableLoads", x => x.Country);
                });

            migrationBuilder.CreateTable(
                name: "ReferenceDataChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Entity = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Before = table.Column<string>(type: "TEXT", maxLength: -1, nullable: true),
                    After = table.Column<string>(type: "TEXT", maxLength: -1, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferenceDataChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SchedulerLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LeaseUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastRunAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchedulerLeases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "StockDiscrepancies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LocationCode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sku = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OnHand = table.Column<int>(type: "INTEGER", nullable: false),
                    Reserved = table.Column<int>(type: "INTEGER", nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ResolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockDiscrepancies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StockMovements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LocationCode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sku = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OnHandChange = table.Column<int>(type: "INTEGER", nullable: false),
                    ReservedChange = table.Column<int>(type: "INTEGER", nullable: false),
                    OnHandAfter = table.Column<int>(type: "INTEGER", nullable: false),
                    ReservedAfter = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockMovements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WebhookSubscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    EventTypes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Secret = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisabledReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DisabledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookSubscriptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportRowErrors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Row = table.Column<int>(type: "INTEGER", nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRowErrors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportRowErrors_ImportJobs_JobId",
                        column: x => x.JobId,
                        principalTable: "ImportJobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutboxDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClaimedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutboxDeliveries_OutboxEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "OutboxEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WebhookAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubscriptionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeliveryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Attempt = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DurationMs = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Succeeded = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WebhookAttempts_OutboxDeliveries_DeliveryId",
                        column: x => x.DeliveryId,
                        principalTable: "OutboxDeliveries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WebhookAttempts_WebhookSubscriptions_SubscriptionId",
                        column: x => x.SubscriptionId,
                        principalTable: "WebhookSubscriptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddCheckConstraint(
                name: "CK_Stock_NonNegative",
                table: "Stock",
                sql: "\"Reserved\" >= 0 AND \"SafetyStock\" >= 0");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CreatedAt_Id",
                table: "Orders",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CustomerEmail_CreatedAt",
                table: "Orders",
                columns: new[] { "CustomerEmail", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CustomerId_CreatedAt",
                table: "Orders",
                columns: new[] { "CustomerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CustomerPhone_CreatedAt",
                table: "Orders",
                columns: new[] { "CustomerPhone", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Status_CreatedAt_Id",
                table: "Orders",
                columns: new[] { "Status", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyRecords_CreatedAt",
                table: "IdempotencyRecords",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_FulfilmentOrders_LocationCode_Status_CreatedAt_Id",
                table: "FulfilmentOrders",
                columns: new[] { "LocationCode", "Status", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_FulfilmentOrders_Status_CreatedAt_Id",
                table: "FulfilmentOrders",
                columns: new[] { "Status", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_FulfilmentRejections_FulfilmentOrderId",
                table: "FulfilmentRejections",
                column: "FulfilmentOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportJobs_Status_CreatedAt",
                table: "ImportJobs",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportRowErrors_JobId_Row",
                table: "ImportRowErrors",
                columns: new[] { "JobId", "Row" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxDeliveries_EventId",
                table: "OutboxDeliveries",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxDeliveries_Handler_Status",
                table: "OutboxDeliveries",
                columns: new[] { "Handler", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxDeliveries_Status_DueAt",
                table: "OutboxDeliveries",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEvents_OccurredAt",
                table: "OutboxEvents",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEvents_Subject_OccurredAt",
                table: "OutboxEvents",
                columns: new[] { "Subject", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferenceDataChanges_At",
                table: "ReferenceDataChanges",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_ReferenceDataChanges_Entity_Key_At",
                table: "ReferenceDataChanges",
                columns: new[] { "Entity", "Key", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_StockDiscrepancies_LocationCode_Sku_Status",
                table: "StockDiscrepancies",
                columns: new[] { "LocationCode", "Sku", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_StockDiscrepancies_Status_RaisedAt_Id",
                table: "StockDiscrepancies",
                columns: new[] { "Status", "RaisedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_StockMovements_LocationCode_At_Id",
                table: "StockMovements",
                columns: new[] { "LocationCode", "At", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_StockMovements_Sku_LocationCode_At_Id",
                table: "StockMovements",
                columns: new[] { "Sku", "LocationCode", "At", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_WebhookAttempts_DeliveryId_At",
                table: "WebhookAttempts",
                columns: new[] { "DeliveryId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_WebhookAttempts_SubscriptionId_Succeeded_At",
                table: "WebhookAttempts",
                columns: new[] { "SubscriptionId", "Succeeded", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_WebhookSubscriptions_CreatedAt",
                table: "WebhookSubscriptions",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_WebhookSubscriptions_Enabled",
                table: "WebhookSubscriptions",
                column: "Enabled");
            // Orders captured before workflows ran step by step were all sourced at capture; POS channels sell to walk-in
            // customers; idempotency records now point at the order instead of storing a body, so old ones cannot replay.
            migrationBuilder.Sql("UPDATE \"Orders\" SET \"SourcingReached\" = TRUE;");
            migrationBuilder.Sql("UPDATE \"Channels\" SET \"AllowsAnonymousCustomer\" = TRUE WHERE \"Type\" = 'Pos';");
            migrationBuilder.Sql("DELETE FROM \"IdempotencyRecords\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CacheStamps");

            migrationBuilder.DropTable(
                name: "Carriers");

            migrationBuilder.DropTable(
                name: "FulfilmentRejections");

            migrationBuilder.DropTable(
                name: "ImportRowErrors");

            migrationBuilder.DropTable(
                name: "PostalCodeCentroids");

            migrationBuilder.DropTable(
                name: "PostalCodeTableLoads");

            migrationBuilder.DropTable(
                name: "ReferenceDataChanges");

            migrationBuilder.DropTable(
                name: "SchedulerLeases");

            migrationBuilder.DropTable(
                name: "StockDiscrepancies");

            migrationBuilder.DropTable(
                name: "StockMovements");

            migrationBuilder.DropTable(
                name: "WebhookAttempts");

            migrationBuilder.DropTable(
                name: "ImportJobs");

            migrationBuilder.DropTable(
                name: "OutboxDeliveries");

            migrationBuilder.DropTable(
                name: "WebhookSubscriptions");

            migrationBuilder.DropTable(
                name: "OutboxEvents");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Stock_NonNegative",
                table: "Stock");

            migrationBuilder.DropIndex(
                name: "IX_Orders_CreatedAt_Id",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_CustomerEmail_CreatedAt",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_CustomerId_CreatedAt",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_CustomerPhone_CreatedAt",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_Status_CreatedAt_Id",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_IdempotencyRecords_CreatedAt",
                table: "IdempotencyRecords");

            migrationBuilder.DropIndex(
                name: "IX_FulfilmentOrders_LocationCode_Status_CreatedAt_Id",
                table: "FulfilmentOrders");

            migrationBuilder.DropIndex(
                name: "IX_FulfilmentOrders_Status_CreatedAt_Id",
                table: "FulfilmentOrders");

            migrationBuilder.DropColumn(
                name: "Category",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "AuthorisationStarted",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "BillingAddress_GeocodedFrom",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "NextStep",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ReleaseAfter",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ShippingAddress_GeocodedFrom",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "SourcingReached",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "SubjectId",
                table: "OrderTimeline");

            migrationBuilder.DropColumn(
                name: "ReplacedBy",
                table: "OrderPayments");

            migrationBuilder.DropColumn(
                name: "ExceptionReason",
                table: "OrderLines");

            migrationBuilder.DropColumn(
                name: "ExceptionSince",
                table: "OrderLines");

            migrationBuilder.DropColumn(
                name: "ShippingAddress_GeocodedFrom",
                table: "OrderLines");

            migrationBuilder.DropColumn(
                name: "BeforeStep",
                table: "OrderHolds");

            migrationBuilder.DropColumn(
                name: "Address_GeocodedFrom",
                table: "Locations");

            migrationBuilder.DropColumn(
                name: "CutOffTime",
                table: "Locations");

            migrationBuilder.DropColumn(
                name: "OpeningHours",
                table: "Locations");

            migrationBuilder.DropColumn(
                name: "TimeZoneId",
                table: "Locations");

            migrationBuilder.DropColumn(
                name: "ResourceId",
                table: "IdempotencyRecords");

            migrationBuilder.DropColumn(
                name: "AllowsAnonymousCustomer",
                table: "Channels");

            migrationBuilder.AlterColumn<string>(
                name: "CustomerName",
                table: "Orders",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "CustomerId",
                table: "Orders",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "CustomerEmail",
                table: "Orders",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Location",
                table: "IdempotencyRecords",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResponseBody",
                table: "IdempotencyRecords",
                type: "TEXT",
                maxLength: -1,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Stock_NonNegative",
                table: "Stock",
                sql: "\"OnHand\" >= 0 AND \"Reserved\" >= 0 AND \"SafetyStock\" >= 0");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CreatedAt",
                table: "Orders",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CustomerEmail",
                table: "Orders",
                column: "CustomerEmail");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CustomerPhone",
                table: "Orders",
                column: "CustomerPhone");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Status_CreatedAt",
                table: "Orders",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FulfilmentOrders_LocationCode_Status",
                table: "FulfilmentOrders",
                columns: new[] { "LocationCode", "Status" });
        }
    }
}
