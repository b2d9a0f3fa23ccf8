using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oms.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HeldStockAndReturnPolicyVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PolicyVersion",
                table: "ReturnOrders",
                type: "integer",
                nullable: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HeldStock");

            migrationBuilder.DropColumn(
                name: "PolicyVersion",
                table: "ReturnOrders");
        }
    }
}
