using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ivr.Server.Configuration.Migrations
{
    /// <inheritdoc />
    public partial class HolidayLanguagesAndClosureMessages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "open_languages",
                schema: "config",
                table: "holidays",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'{}'::jsonb");

            migrationBuilder.AddColumn<string>(
                name: "messages",
                schema: "config",
                table: "closure",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'{}'::jsonb");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "open_languages",
                schema: "config",
                table: "holidays");

            migrationBuilder.DropColumn(
                name: "messages",
                schema: "config",
                table: "closure");
        }
    }
}
