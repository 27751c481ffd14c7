using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ivr.Server.Lawyers.Migrations
{
    /// <inheritdoc />
    public partial class LawyerNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "lawyer_told_id",
                schema: "lawyers",
                table: "bookings",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "lawyer_told_starts_at",
                schema: "lawyers",
                table: "bookings",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "lawyer_told_id",
                schema: "lawyers",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "lawyer_told_starts_at",
                schema: "lawyers",
                table: "bookings");
        }
    }
}
