using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ivr.Server.Lawyers.Migrations
{
    /// <inheritdoc />
    public partial class SessionResume : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "dialled_call_sid",
                schema: "lawyers",
                table: "bookings",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "rescheduling_sent_at",
                schema: "lawyers",
                table: "bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "step_at",
                schema: "lawyers",
                table: "bookings",
                type: "timestamp with time zone",
                nullable: true);

            // Sessions that ended before this column asking the caller to book again had their SMS sent then.
            migrationBuilder.Sql("UPDATE lawyers.bookings SET rescheduling_sent_at = session_ended_at WHERE state IN ('no-interpreter', 'no-show-lawyer')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "dialled_call_sid",
                schema: "lawyers",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "rescheduling_sent_at",
                schema: "lawyers",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "step_at",
                schema: "lawyers",
                table: "bookings");
        }
    }
}
