using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oms.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ExchangeOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "ReleaseMode",
                table: "ReturnOrders");

            migrationBuilder.DropColumn(
                name: "ReplacementTotal",
                table: "ReturnOrders");
        }
    }
}
