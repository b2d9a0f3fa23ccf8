using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oms.Persistence.Migrations.Postgres
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
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TrackingStatus",
                table: "Shipments",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrackingStatusAt",
                table: "Shipments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Label_Carrier",
                table: "FulfilmentOrders",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Label_CarrierShipmentId",
                table: "FulfilmentOrders",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "Label_CreatedAt",
                table: "FulfilmentOrders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Label_LabelUrl",
                table: "FulfilmentOrders",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Label_Service",
                table: "FulfilmentOrders",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Label_TrackingNumber",
                table: "FulfilmentOrders",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Label_TrackingUrl",
                table: "FulfilmentOrders",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OrderId",
                table: "CarrierMessages",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ShipmentId",
                table: "CarrierMessages",
                type: "uuid",
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
