using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PcnFlow.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AssigneeTasksIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Tasks_AssigneeUserId_State",
                table: "Tasks",
                columns: new[] { "AssigneeUserId", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_AssigneeUserId_State",
                table: "Tasks");
        }
    }
}
