using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ivr.Server.Institutions.Migrations
{
    /// <inheritdoc />
    public partial class InstitutionNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "names",
                schema: "institutions",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name_ko = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    name_en = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_names", x => x.id);
                });

            // The directory's institutions as they are now; those deleted before this table existed keep showing their id.
            migrationBuilder.Sql("INSERT INTO institutions.names (id, name_ko, name_en) SELECT id, name_ko, name_en FROM institutions.directory");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "names",
                schema: "institutions");
        }
    }
}
