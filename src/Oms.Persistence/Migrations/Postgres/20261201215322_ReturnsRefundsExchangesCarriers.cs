using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oms.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReturnsRefundsExchangesCarriers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Carrier",
                table: "ReturnOrders",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CarrierShipmentId",
                table: "ReturnOrders",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CollectionId",
                table: "ReturnOrders",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CollectionWindowEnd",
                table: "ReturnOrders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CollectionWindowStart",
                table: "ReturnOrders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ExchangeCredit",
                table: "ReturnOrders",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ExchangeOrderId",
                table: "ReturnOrders",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExchangeOrderNumber",
                table: "ReturnOrders",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "GoodwillAmount",
                table: "ReturnOrders",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "GoodwillReason",
                table: "ReturnOrders",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LabelFailure",
                table: "ReturnOrders",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LabelUrl",
                table: "ReturnOrders",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParcelStatus",
                table: "ReturnOrders",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ParcelStatusAt",
                table: "ReturnOrders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PolicyVersion",
                table: "ReturnOrders",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RefundBeforeReceipt",
                table: "ReturnOrders",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "RefundBlockedReason",
                table: "ReturnOrders",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefundRoute",
                table: "ReturnOrders",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReleaseMode",
                table: "ReturnOrders",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ReplacementTotal",
                table: "ReturnOrders",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TrackingNumber",
                table: "ReturnOrders",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TrackingUrl",
                table: "ReturnOrders",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReturnState",
                table: "Orders",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<decimal>(
                name: "RefundedAmount",
                table: "OrderLines",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<int>(
                name: "RefundedQuantity",
                table: "OrderLines",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ReturnedQuantity",
                table: "OrderLines",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "CarrierMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Carrier = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EventId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TrackingNumber = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CarrierStatus = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReturnOrderId = table.Column<Guid>(type: "uuid", nullable: true),
                    Body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarrierMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HeldStock",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LocationCode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sku = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ReturnOrderId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReturnNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReturnLineId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReturnReceiptId = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Decision = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HeldStock", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HeldStock_Locations_LocationCode",
                        column: x => x.LocationCode,
                        principalTable: "Locations",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HeldStock_ReturnReceipts_ReturnReceiptId",
                        column: x => x.ReturnReceiptId,
                        principalTable: "ReturnReceipts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReturnRefunds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReturnOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Goods = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Shipping = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    RestockingFee = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Goodwill = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    OffsetByExchange = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Total = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Explanation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    PaidAs = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReturnRefunds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReturnRefunds_ReturnOrders_ReturnOrderId",
                        column: x => x.ReturnOrderId,
                        principalTable: "ReturnOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnOrders_Status_CreatedAt",
                table: "ReturnOrders",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnOrders_TrackingNumber",
                table: "ReturnOrders",
                column: "TrackingNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_ReturnState_CreatedAt_Id",
                table: "Orders",
                columns: new[] { "ReturnState", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CarrierMessages_Carrier_EventId",
                table: "CarrierMessages",
                columns: new[] { "Carrier", "EventId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CarrierMessages_Outcome_ReceivedAt",
                table: "CarrierMessages",
                columns: new[] { "Outcome", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CarrierMessages_TrackingNumber",
                table: "CarrierMessages",
                column: "TrackingNumber");

            migrationBuilder.CreateIndex(
                name: "IX_HeldStock_LocationCode_DecidedAt_CreatedAt",
                table: "HeldStock",
                columns: new[] { "LocationCode", "DecidedAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HeldStock_ReturnOrderId",
                table: "HeldStock",
                column: "ReturnOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_HeldStock_ReturnReceiptId",
                table: "HeldStock",
                column: "ReturnReceiptId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReturnRefunds_ReturnOrderId_Sequence",
                table: "ReturnRefunds",
                columns: new[] { "ReturnOrderId", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CarrierMessages");

            migrationBuilder.DropTable(
                name: "HeldStock");

            migrationBuilder.DropTable(
                name: "ReturnRefunds");

            migrationBuilder.DropIndex(
                name: "IX_ReturnOrders_Status_CreatedAt",
                table: "ReturnOrders");

            migrationBuilder.DropIndex(
                name: "IX_ReturnOrders_TrackingNumber",
                table: "ReturnOrders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_ReturnState_CreatedAt_Id",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "Carrier",
                table: "ReturnOrders");

            migrationBuilder.DropColumn(
                name: "CarrierShipmentId",
                table: "ReturnOrders");

            migrationBuilder.DropColumn(
                name: "CollectionId",
                table: "ReturnOrders");

            migrationBuilder.DropColumn(
                name: "CollectionWindowEnd",
                table: "ReturnOrders");

            migrationBuilder.DropColumn(
                name: "CollectionWindowStart",
                table: "ReturnOrders");

            migrationBuilder.DropColumn(
                name: "ExchangeCredit",
                table: "ReturnOrders");

            migrationBuilder.DropColumn(
                name: "ExchangeOrderId",
                table: "ReturnOrders");

            migrationBuilder.DropColumn(
                name: "ExchangeOrderNumber",
                table: "ReturnOrders");

            migrationBuilder.DropColumn(
                name: "GoodwillAmount",
                table: "ReturnOrders");

            migrationBuilder.DropColumn(
                name: "GoodwillReason",
                table: "ReturnOrders");

            migrationBuilder.DropColumn(
                name: "LabelFailure",
                table: "ReturnOrders");

            migrationBuilder.DropColumn(
                name: "LabelUrl",
                table: "ReturnOrders");

            migrationBuilder.DropColumn(
                name: "ParcelStatus",
                table: "ReturnOrders");

            migrationBuilder.DropColumn(
                name: "ParcelStatusAt",
                table: "ReturnOrders");

            migrationBuilder.DropColumn(
                name: "PolicyVersion",
                table: "ReturnOrders");

            migrationBuilder.DropColumn(
                name: "RefundBeforeReceipt",
                table: "ReturnOrders");

            migrationBuilder.DropColumn(
                name: "RefundBlockedReason",
                table: "ReturnOrders");

            migrationBuilder.DropColumn(
                name: "RefundRoute",
                table: "ReturnOrders");

            migrationBuilder.DropColumn(
                name: "ReleaseMode",
                table: "ReturnOrders");

            migrationBuilder.DropColumn(
                name: "ReplacementTotal",
                table: "ReturnOrders");

            migrationBuilder.DropColumn(
                name: "TrackingNumber",
                table: "ReturnOrders");

            migrationBuilder.DropColumn(
                name: "TrackingUrl",
                table: "ReturnOrders");

            migrationBuilder.DropColumn(
                name: "ReturnState",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "RefundedAmount",
                table: "OrderLines");

            migrationBuilder.DropColumn(
                name: "RefundedQuantity",
                table: "OrderLines");

            migrationBuilder.DropColumn(
                name: "ReturnedQuantity",
                table: "OrderLines");
        }
    }
}
