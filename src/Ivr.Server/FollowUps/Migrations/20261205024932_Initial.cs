using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ivr.Server.FollowUps.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "followups");

            migrationBuilder.CreateTable(
                name: "tasks",
                schema: "followups",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    call_sid = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    caller_protected = table.Column<string>(type: "text", nullable: true),
                    caller_hash = table.Column<byte[]>(type: "bytea", nullable: true),
                    recording_sid = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    recording_seconds = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    claimed_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    disposition = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    done_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    done_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    expired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tasks", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_created_at",
                schema: "followups",
                table: "tasks",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_recording_sid",
                schema: "followups",
                table: "tasks",
                column: "recording_sid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tasks_state_language_created_at",
                schema: "followups",
                table: "tasks",
                columns: new[] { "state", "language", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tasks",
                schema: "followups");
        }
    }
}
