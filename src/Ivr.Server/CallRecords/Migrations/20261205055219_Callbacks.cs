using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ivr.Server.CallRecords.Migrations
{
    /// <inheritdoc />
    public partial class Callbacks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "callback_attempts",
                schema: "records",
                table: "calls",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "callback_dialled",
                schema: "records",
                table: "calls",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "callback_of",
                schema: "records",
                table: "calls",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "time_to_callback_seconds",
                schema: "records",
                table: "calls",
                type: "double precision",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "daily_callbacks",
                schema: "records",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    language = table.Column<string>(type: "text", nullable: false),
                    requested = table.Column<int>(type: "integer", nullable: false),
                    completed = table.Column<int>(type: "integer", nullable: false),
                    failed = table.Column<int>(type: "integer", nullable: false),
                    cancelled = table.Column<int>(type: "integer", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    time_to_callback_seconds = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_daily_callbacks", x => new { x.day, x.language });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "daily_callbacks",
                schema: "records");

            migrationBuilder.DropColumn(
                name: "callback_attempts",
                schema: "records",
                table: "calls");

            migrationBuilder.DropColumn(
                name: "callback_dialled",
                schema: "records",
                table: "calls");

            migrationBuilder.DropColumn(
                name: "callback_of",
                schema: "records",
                table: "calls");

            migrationBuilder.DropColumn(
                name: "time_to_callback_seconds",
                schema: "records",
                table: "calls");
        }
    }
}
