using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ivr.Server.CallRecords.Migrations
{
    /// <inheritdoc />
    public partial class Quarantine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "quarantined_events",
                schema: "records",
                columns: table => new
                {
                    stream_id = table.Column<string>(type: "text", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    error = table.Column<string>(type: "text", nullable: false),
                    content = table.Column<string>(type: "jsonb", nullable: false),
                    quarantined_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_quarantined_events", x => x.stream_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_quarantined_events_quarantined_at",
                schema: "records",
                table: "quarantined_events",
                column: "quarantined_at");

            // Unreadable entries used to be kept among the events with an empty CallSid, which retention never reached,
            // and with the caller's number in clear: they move here, number removed, dated when they were written.
            migrationBuilder.Sql("""
                INSERT INTO records.quarantined_events (stream_id, reason, error, content, quarantined_at)
                SELECT stream_id, 'unreadable', 'kept among the events before the quarantine table existed',
                    jsonb_build_object('entry', regexp_replace(fields->>'entry', 'from=[-+0-9 ().]*', 'from=(removed) ', 'g')), written_at
                FROM records.call_events WHERE type = 'unreadable'
                ON CONFLICT (stream_id) DO NOTHING;
                DELETE FROM records.call_events WHERE type = 'unreadable';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "quarantined_events",
                schema: "records");
        }
    }
}
