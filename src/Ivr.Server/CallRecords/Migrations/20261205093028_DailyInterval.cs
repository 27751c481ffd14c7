using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ivr.Server.CallRecords.Migrations
{
    /// <inheritdoc />
    public partial class DailyInterval : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "daily_interval",
                schema: "records",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    language = table.Column<string>(type: "text", nullable: false),
                    interval = table.Column<short>(type: "smallint", nullable: false),
                    offered = table.Column<int>(type: "integer", nullable: false),
                    answered = table.Column<int>(type: "integer", nullable: false),
                    abandoned = table.Column<int>(type: "integer", nullable: false),
                    handled = table.Column<int>(type: "integer", nullable: false),
                    handle_seconds = table.Column<double>(type: "double precision", nullable: false),
                    wait_seconds = table.Column<double>(type: "double precision", nullable: false),
                    abandoned_wait_seconds = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_daily_interval", x => new { x.day, x.language, x.interval });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "daily_interval",
                schema: "records");
        }
    }
}
