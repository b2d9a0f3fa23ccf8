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

            migrationBuilder.AddColumn<string>(
                name: "Label_Carrier",
                table: "FulfilmentOrders",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Label_CarrierShipmentId",
                table: "FulfilmentOrders",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "Label_CreatedAt",
                table: "FulfilmentOrders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Label_LabelUrl",
                table: "FulfilmentOrders",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Label_Service",
                table: "FulfilmentOrders",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Label_TrackingNumber",
                table: "FulfilmentOrders",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Label_TrackingUrl",
                table: "FulfilmentOrders",
                type: "TEXT",
                maxLength: 1000,
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
                name: "Label_Carrier",
                table: "FulfilmentOrders");

            migrationBuilder.DropColumn(
                name: "Label_CarrierShipmentId",
                table: "FulfilmentOrders");

            migrationBuilder.DropColumn(
                name: "Label_CreatedAt",
                table: "FulfilmentOrders");

            migrationBuilder.DropColumn(
                name: "Label_LabelUrl",
                table: "FulfilmentOrders");

            migrationBuilder.DropColumn(
                name: "Label_Service",
                table: "FulfilmentOrders");

            migrationBuilder.DropColumn(
                name: "Label_TrackingNumber",
                table: "FulfilmentOrders");

            migrationBuilder.DropColumn(
                name: "Label_TrackingUrl",
                table: "FulfilmentOrders");

            migrationBuilder.DropColumn(
                name: "OrderId",
                table: "CarrierMessages");

            migrationBuilder.DropColumn(
                name: "ShipmentId",
                table: "CarrierMessages");
        }
    }
}
