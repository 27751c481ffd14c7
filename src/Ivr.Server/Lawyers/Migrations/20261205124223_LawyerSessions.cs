using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ivr.Server.Lawyers.Migrations
{
    /// <inheritdoc />
    public partial class LawyerSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "caller_attempts",
                schema: "lawyers",
                table: "bookings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "caller_call_sid",
                schema: "lawyers",
                table: "bookings",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "caller_joined_at",
                schema: "lawyers",
                table: "bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "declined_by",
                schema: "lawyers",
                table: "bookings",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "held_counselor",
                schema: "lawyers",
                table: "bookings",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "interpreter_call_sid",
                schema: "lawyers",
                table: "bookings",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "interpreter_id",
                schema: "lawyers",
                table: "bookings",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "lawyer_attempts",
                schema: "lawyers",
                table: "bookings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "lawyer_call_sid",
                schema: "lawyers",
                table: "bookings",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "retry_at",
                schema: "lawyers",
                table: "bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "session_ended_at",
                schema: "lawyers",
                table: "bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "session_started_at",
                schema: "lawyers",
                table: "bookings",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "caller_attempts",
                schema: "lawyers",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "caller_call_sid",
                schema: "lawyers",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "caller_joined_at",
                schema: "lawyers",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "declined_by",
                schema: "lawyers",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "held_counselor",
                schema: "lawyers",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "interpreter_call_sid",
                schema: "lawyers",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "interpreter_id",
                schema: "lawyers",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "lawyer_attempts",
                schema: "lawyers",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "lawyer_call_sid",
                schema: "lawyers",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "retry_at",
                schema: "lawyers",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "session_ended_at",
                schema: "lawyers",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "session_started_at",
                schema: "lawyers",
                table: "bookings");
        }
    }
}
