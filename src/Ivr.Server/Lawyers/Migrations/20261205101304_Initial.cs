using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ivr.Server.Lawyers.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "lawyers");

            migrationBuilder.CreateTable(
                name: "lawyers",
                schema: "lawyers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    topics = table.Column<List<string>>(type: "text[]", nullable: false),
                    phone = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lawyers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "availability",
                schema: "lawyers",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    day = table.Column<int>(type: "integer", nullable: false),
                    start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    end = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    lawyer_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_availability", x => x.id);
                    table.ForeignKey(
                        name: "fk_availability_lawyers_lawyer_id",
                        column: x => x.lawyer_id,
                        principalSchema: "lawyers",
                        principalTable: "lawyers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bookings",
                schema: "lawyers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    lawyer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    topic = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    needs_interpreter = table.Column<bool>(type: "boolean", nullable: false),
                    summary_sealed = table.Column<string>(type: "text", nullable: true),
                    call_sid = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    caller_protected = table.Column<string>(type: "text", nullable: true),
                    caller_hash = table.Column<byte[]>(type: "bytea", nullable: true),
                    booked_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    booked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    changed_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reminded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    expired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bookings", x => x.id);
                    table.ForeignKey(
                        name: "fk_bookings_lawyers_lawyer_id",
                        column: x => x.lawyer_id,
                        principalSchema: "lawyers",
                        principalTable: "lawyers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "messages",
                schema: "lawyers",
                columns: table => new
                {
                    sid = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    booking_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_messages", x => x.sid);
                    table.ForeignKey(
                        name: "fk_messages_bookings_booking_id",
                        column: x => x.booking_id,
                        principalSchema: "lawyers",
                        principalTable: "bookings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_availability_lawyer_id",
                schema: "lawyers",
                table: "availability",
                column: "lawyer_id");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_booked_at",
                schema: "lawyers",
                table: "bookings",
                column: "booked_at");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_lawyer_id_starts_at",
                schema: "lawyers",
                table: "bookings",
                columns: new[] { "lawyer_id", "starts_at" },
                unique: true,
                filter: "state = 'booked'");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_state_starts_at",
                schema: "lawyers",
                table: "bookings",
                columns: new[] { "state", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_messages_booking_id",
                schema: "lawyers",
                table: "messages",
                column: "booking_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "availability",
                schema: "lawyers");

            migrationBuilder.DropTable(
                name: "messages",
                schema: "lawyers");

            migrationBuilder.DropTable(
                name: "bookings",
                schema: "lawyers");

            migrationBuilder.DropTable(
                name: "lawyers",
                schema: "lawyers");
        }
    }
}
