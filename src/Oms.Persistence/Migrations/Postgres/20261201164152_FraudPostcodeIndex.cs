using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oms.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FraudPostcodeIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The fraud checks read the orders shipped to a postcode within a window. EF Core 10 cannot declare an index on
            // a complex property's column (the shipping address), so it is created here. A migration of its own: on SQLite
            // a table rebuild in the same migration would drop it again.
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_Orders_ShippingAddress_PostalCode_CreatedAt\" "
                + "ON \"Orders\" (\"ShippingAddress_PostalCode\", \"CreatedAt\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Orders_ShippingAddress_PostalCode_CreatedAt\";");
        }
    }
}
