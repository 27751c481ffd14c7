using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ivr.Server.CallRecords.Migrations
{
    /// <inheritdoc />
    public partial class Recordings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "recording_consent",
                schema: "records",
                table: "calls",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "recording_seconds",
                schema: "records",
                table: "calls",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "call_recordings",
                schema: "records",
                columns: table => new
                {
                    recording_sid = table.Column<string>(type: "text", nullable: false),
                    call_sid = table.Column<string>(type: "text", nullable: false),
                    type = table.Column<string>(type: "text", nullable: false),
                    language = table.Column<string>(type: "text", nullable: false),
                    tags = table.Column<string>(type: "text", nullable: false),
                    seconds = table.Column<int>(type: "integer", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_call_recordings", x => x.recording_sid);
                });

            migrationBuilder.CreateIndex(
                name: "ix_call_recordings_call_sid",
                schema: "records",
                table: "call_recordings",
                column: "call_sid");

            migrationBuilder.CreateIndex(
                name: "ix_call_recordings_expires_at",
                schema: "records",
                table: "call_recordings",
                column: "expires_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "call_recordings",
                schema: "records");

            migrationBuilder.DropColumn(
                name: "recording_consent",
                schema: "records",
                table: "calls");

            migrationBuilder.DropColumn(
                name: "recording_seconds",
                schema: "records",
                table: "calls");
        }
    }
}
