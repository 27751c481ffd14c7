using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ivr.Server.CallRecords.Migrations
{
    /// <inheritdoc />
    public partial class MessagesLeft : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "message_left",
                schema: "records",
                table: "daily_language",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "message_left",
                schema: "records",
                table: "calls",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Calls stored before: their call.message-left events say which left a message, and the rollup counts them
            // as RollupDelta would (finished inbound callers, by day and language).
            migrationBuilder.Sql("""
                UPDATE records.calls SET message_left = true
                WHERE call_sid IN (SELECT call_sid FROM records.call_events WHERE type = 'call.message-left');
                UPDATE records.daily_language d SET message_left = m.calls
                FROM (SELECT day, coalesce(language, '') AS language, count(*)::int AS calls FROM records.calls
                      WHERE message_left AND outcome <> 'in_progress' AND callback_of IS NULL AND direction <> 'outbound' GROUP BY 1, 2) m
                WHERE d.day = m.day AND d.language = m.language;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "message_left",
                schema: "records",
                table: "daily_language");

            migrationBuilder.DropColumn(
                name: "message_left",
                schema: "records",
                table: "calls");
        }
    }
}
