using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ivr.Server.Institutions.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "institutions");

            migrationBuilder.CreateTable(
                name: "directory",
                schema: "institutions",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name_ko = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    name_en = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    numbers = table.Column<List<string>>(type: "text[]", nullable: false),
                    hours = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    departments = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_directory", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                schema: "institutions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_sid = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    institution_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    what = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    consent = table.Column<bool>(type: "boolean", nullable: false),
                    counselor = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    referred_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    referred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referrals", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_directory_code",
                schema: "institutions",
                table: "directory",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_referrals_call_sid",
                schema: "institutions",
                table: "referrals",
                column: "call_sid");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_day_institution_id",
                schema: "institutions",
                table: "referrals",
                columns: new[] { "day", "institution_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "directory",
                schema: "institutions");

            migrationBuilder.DropTable(
                name: "referrals",
                schema: "institutions");
        }
    }
}
