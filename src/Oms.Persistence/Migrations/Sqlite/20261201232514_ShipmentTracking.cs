using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oms.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ShipmentTracking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TrackingLocation",
                table: "Shipments",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TrackingStatus",
                table: "Shipments",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrackingStatusAt",
                table: "Shipments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OrderId",
                table: "CarrierMessages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ShipmentId",
                table: "CarrierMessages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CarrierMessages_ShipmentId",
                table: "CarrierMessages",
                column: "ShipmentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CarrierMessages_ShipmentId",
                table: "CarrierMessages");

            migrationBuilder.DropColumn(
                name: "TrackingLocation",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "TrackingStatus",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "TrackingStatusAt",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "OrderId",
                table: "CarrierMessages");

            migrationBuilder.DropColumn(
                name: "ShipmentId",
                table: "CarrierMessages");
        }
    }
}
