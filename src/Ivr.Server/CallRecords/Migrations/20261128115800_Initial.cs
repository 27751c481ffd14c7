using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Ivr.Server.CallRecords.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "records");

            migrationBuilder.CreateTable(
                name: "call_events",
                schema: "records",
                columns: table => new
                {
                    event_id = table.Column<string>(type: "text", nullable: false),
                    stream_id = table.Column<string>(type: "text", nullable: false),
                    call_sid = table.Column<string>(type: "text", nullable: false),
                    type = table.Column<string>(type: "text", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    fields = table.Column<string>(type: "jsonb", nullable: false),
                    written_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_call_events", x => x.event_id);
                });

            migrationBuilder.CreateTable(
                name: "calls",
                schema: "records",
                columns: table => new
                {
                    call_sid = table.Column<string>(type: "text", nullable: false),
                    arrived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    hour = table.Column<short>(type: "smallint", nullable: false),
                    caller_hash = table.Column<byte[]>(type: "bytea", nullable: true),
                    caller_encrypted = table.Column<byte[]>(type: "bytea", nullable: true),
                    dialed = table.Column<string>(type: "text", nullable: true),
                    menu_path = table.Column<string>(type: "text", nullable: true),
                    self_service = table.Column<string>(type: "text", nullable: true),
                    language = table.Column<string>(type: "text", nullable: true),
                    overflowed_from = table.Column<string>(type: "text", nullable: true),
                    queue_joined_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    queue_left_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    queue_leave_reason = table.Column<string>(type: "text", nullable: true),
                    wait_seconds = table.Column<double>(type: "double precision", nullable: true),
                    counselor = table.Column<string>(type: "text", nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    talk_seconds = table.Column<double>(type: "double precision", nullable: true),
                    hold_seconds = table.Column<double>(type: "double precision", nullable: true),
                    wrapped_up_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    wrap_up_seconds = table.Column<double>(type: "double precision", nullable: true),
                    outcome = table.Column<string>(type: "text", nullable: false),
                    residency_status = table.Column<string>(type: "text", nullable: true),
                    topic = table.Column<string>(type: "text", nullable: true),
                    institution = table.Column<string>(type: "text", nullable: true),
                    transferred_to = table.Column<string>(type: "text", nullable: true),
                    event_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calls", x => x.call_sid);
                });

            migrationBuilder.CreateTable(
                name: "code_lists",
                schema: "records",
                columns: table => new
                {
                    list = table.Column<string>(type: "text", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_code_lists", x => new { x.list, x.code });
                });

            migrationBuilder.CreateTable(
                name: "counselor_daily",
                schema: "records",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    counselor = table.Column<string>(type: "text", nullable: false),
                    handled = table.Column<int>(type: "integer", nullable: false),
                    talk_seconds = table.Column<double>(type: "double precision", nullable: false),
                    hold_seconds = table.Column<double>(type: "double precision", nullable: false),
                    wrap_up_seconds = table.Column<double>(type: "double precision", nullable: false),
                    idle_seconds = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_counselor_daily", x => new { x.day, x.counselor });
                });

            migrationBuilder.CreateTable(
                name: "daily_dimension",
                schema: "records",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    dimension = table.Column<string>(type: "text", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false),
                    calls = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_daily_dimension", x => new { x.dimension, x.day, x.code });
                });

            migrationBuilder.CreateTable(
                name: "daily_language",
                schema: "records",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    language = table.Column<string>(type: "text", nullable: false),
                    arrivals = table.Column<int>(type: "integer", nullable: false),
                    self_service = table.Column<int>(type: "integer", nullable: false),
                    abandoned_in_menu = table.Column<int>(type: "integer", nullable: false),
                    after_hours = table.Column<int>(type: "integer", nullable: false),
                    closed = table.Column<int>(type: "integer", nullable: false),
                    queue_full = table.Column<int>(type: "integer", nullable: false),
                    queued = table.Column<int>(type: "integer", nullable: false),
                    answered = table.Column<int>(type: "integer", nullable: false),
                    abandoned_in_queue = table.Column<int>(type: "integer", nullable: false),
                    callbacks = table.Column<int>(type: "integer", nullable: false),
                    queue_timeouts = table.Column<int>(type: "integer", nullable: false),
                    transferred = table.Column<int>(type: "integer", nullable: false),
                    overflowed = table.Column<int>(type: "integer", nullable: false),
                    answered_within = table.Column<int[]>(type: "integer[]", nullable: false),
                    abandoned_within = table.Column<int[]>(type: "integer[]", nullable: false),
                    answered_wait_seconds = table.Column<double>(type: "double precision", nullable: false),
                    longest_wait_seconds = table.Column<double>(type: "double precision", nullable: false),
                    handled = table.Column<int>(type: "integer", nullable: false),
                    talk_seconds = table.Column<double>(type: "double precision", nullable: false),
                    hold_seconds = table.Column<double>(type: "double precision", nullable: false),
                    wrapped_up = table.Column<int>(type: "integer", nullable: false),
                    wrap_up_seconds = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_daily_language", x => new { x.day, x.language });
                });

            migrationBuilder.CreateTable(
                name: "hourly_arrivals",
                schema: "records",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    hour = table.Column<short>(type: "smallint", nullable: false),
                    arrivals = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hourly_arrivals", x => new { x.day, x.hour });
                });

            migrationBuilder.InsertData(
                schema: "records",
                table: "code_lists",
                columns: new[] { "code", "list", "name", "sort_order" },
                values: new object[,]
                {
                    { "C-3", "residency-status", "Short-term visitor", 10 },
                    { "D-10", "residency-status", "Job seeker", 14 },
                    { "D-2", "residency-status", "Student", 5 },
                    { "D-4", "residency-status", "General trainee", 9 },
                    { "E-2", "residency-status", "Foreign language instructor", 13 },
                    { "E-7", "residency-status", "Special occupation", 8 },
                    { "E-9", "residency-status", "Non-professional employment", 4 },
                    { "F-1", "residency-status", "Family visit", 12 },
                    { "F-2", "residency-status", "Resident", 7 },
                    { "F-4", "residency-status", "Overseas Korean", 1 },
                    { "F-5", "residency-status", "Permanent resident", 6 },
                    { "F-6", "residency-status", "Marriage migrant", 3 },
                    { "G-1", "residency-status", "Miscellaneous", 11 },
                    { "H-2", "residency-status", "Working visit", 2 },
                    { "KR", "residency-status", "Korean national", 15 },
                    { "OTHER", "residency-status", "Other status", 16 },
                    { "UNKNOWN", "residency-status", "Not stated", 17 },
                    { "CHANGE", "topic", "Change of status", 4 },
                    { "EMPLOYMENT", "topic", "Employment and workplace", 7 },
                    { "EXTENSION", "topic", "Extension of stay", 3 },
                    { "INTERPRETATION", "topic", "Three-way interpretation", 8 },
                    { "LEGAL", "topic", "Local lawyer for foreigners", 9 },
                    { "LIVING", "topic", "Daily life information", 11 },
                    { "NATURALIZATION", "topic", "Naturalization", 6 },
                    { "OTHER", "topic", "Other", 12 },
                    { "REENTRY", "topic", "Re-entry permit", 5 },
                    { "REGISTRATION", "topic", "Alien registration", 2 },
                    { "VICTIM", "topic", "Victim support", 10 },
                    { "VISA", "topic", "Visa and stay permission", 1 }
                });

            migrationBuilder.CreateIndex(
                name: "ix_call_events_call_sid",
                schema: "records",
                table: "call_events",
                column: "call_sid");

            migrationBuilder.CreateIndex(
                name: "ix_calls_arrived_at",
                schema: "records",
                table: "calls",
                column: "arrived_at");

            migrationBuilder.CreateIndex(
                name: "ix_calls_caller_hash",
                schema: "records",
                table: "calls",
                column: "caller_hash");

            migrationBuilder.CreateIndex(
                name: "ix_calls_day_language",
                schema: "records",
                table: "calls",
                columns: new[] { "day", "language" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "call_events",
                schema: "records");

            migrationBuilder.DropTable(
                name: "calls",
                schema: "records");

            migrationBuilder.DropTable(
                name: "code_lists",
                schema: "records");

            migrationBuilder.DropTable(
                name: "counselor_daily",
                schema: "records");

            migrationBuilder.DropTable(
                name: "daily_dimension",
                schema: "records");

            migrationBuilder.DropTable(
                name: "daily_language",
                schema: "records");

            migrationBuilder.DropTable(
                name: "hourly_arrivals",
                schema: "records");
        }
    }
}
