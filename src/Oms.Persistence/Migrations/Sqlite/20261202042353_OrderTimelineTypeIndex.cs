using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oms.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrderTimelineTypeIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_OrderTimeline_Type_OrderId",
                table: "OrderTimeline",
                columns: new[] { "Type", "OrderId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OrderTimeline_Type_OrderId",
                table: "OrderTimeline");
        }
    }
}
