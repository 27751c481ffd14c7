using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ivr.Server.Staffing.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "staffing");

            migrationBuilder.CreateTable(
                name: "counselors",
                schema: "staffing",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    user_id = table.Column<string>(type: "text", nullable: true),
                    teams = table.Column<List<string>>(type: "text[]", nullable: false),
                    wrap_up_seconds = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_counselors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "counselor_skills",
                schema: "staffing",
                columns: table => new
                {
                    language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    counselor_id = table.Column<string>(type: "character varying(64)", nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_counselor_skills", x => new { x.counselor_id, x.language });
                    table.ForeignKey(
                        name: "fk_counselor_skills_counselors_counselor_id",
                        column: x => x.counselor_id,
                        principalSchema: "staffing",
                        principalTable: "counselors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_counselor_skills_language_level",
                schema: "staffing",
                table: "counselor_skills",
                columns: new[] { "language", "level" });

            migrationBuilder.CreateIndex(
                name: "ix_counselors_user_id",
                schema: "staffing",
                table: "counselors",
                column: "user_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "counselor_skills",
                schema: "staffing");

            migrationBuilder.DropTable(
                name: "counselors",
                schema: "staffing");
        }
    }
}
