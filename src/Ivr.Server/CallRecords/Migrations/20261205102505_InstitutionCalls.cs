using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ivr.Server.CallRecords.Migrations
{
    /// <inheritdoc />
    public partial class InstitutionCalls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "interpretation",
                schema: "records",
                table: "calls",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<double>(
                name: "party_seconds",
                schema: "records",
                table: "calls",
                type: "double precision",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "interpretation",
                schema: "records",
                table: "calls");

            migrationBuilder.DropColumn(
                name: "party_seconds",
                schema: "records",
                table: "calls");
        }
    }
}
