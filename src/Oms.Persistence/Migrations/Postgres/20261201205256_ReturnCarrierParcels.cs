using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oms.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReturnCarrierParcels : Migration
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

            migrationBuilder.CreateIndex(
                name: "IX_ReturnOrders_TrackingNumber",
                table: "ReturnOrders",
                column: "TrackingNumber");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CarrierMessages");

            migrationBuilder.DropIndex(
                name: "IX_ReturnOrders_TrackingNumber",
                table: "ReturnOrders");

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
                name: "TrackingNumber",
                table: "ReturnOrders");

            migrationBuilder.DropColumn(
                name: "TrackingUrl",
                table: "ReturnOrders");
        }
    }
}
