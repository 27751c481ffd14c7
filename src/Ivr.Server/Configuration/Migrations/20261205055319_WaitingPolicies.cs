using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ivr.Server.Configuration.Migrations
{
    /// <inheritdoc />
    public partial class WaitingPolicies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "waiting_policies",
                schema: "config",
                columns: table => new
                {
                    language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    callback_offer_above = table.Column<TimeSpan>(type: "interval", nullable: true),
                    max_wait = table.Column<TimeSpan>(type: "interval", nullable: true),
                    max_wait_offer = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    overflow_language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_waiting_policies", x => x.language);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "waiting_policies",
                schema: "config");
        }
    }
}
