using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ivr.Server.CallRecords.Migrations
{
    /// <inheritdoc />
    public partial class OutboundCalls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "direction",
                schema: "records",
                table: "calls",
                type: "text",
                nullable: false,
                defaultValue: "inbound");

            migrationBuilder.AddColumn<Guid>(
                name: "follow_up_id",
                schema: "records",
                table: "calls",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "direction",
                schema: "records",
                table: "calls");

            migrationBuilder.DropColumn(
                name: "follow_up_id",
                schema: "records",
                table: "calls");
        }
    }
}
