using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oms.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReturnRefunds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "IX_Orders_ReturnState_CreatedAt_Id",
                table: "Orders",
                columns: new[] { "ReturnState", "CreatedAt", "Id" });

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
                name: "ReturnRefunds");

            migrationBuilder.DropIndex(
                name: "IX_ReturnOrders_Status_CreatedAt",
                table: "ReturnOrders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_ReturnState_CreatedAt_Id",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "GoodwillAmount",
                table: "ReturnOrders");

            migrationBuilder.DropColumn(
                name: "GoodwillReason",
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
