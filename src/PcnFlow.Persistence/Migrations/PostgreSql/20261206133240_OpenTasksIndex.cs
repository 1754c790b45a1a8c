using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PcnFlow.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OpenTasksIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Tasks_State_DueAt",
                table: "Tasks",
                columns: new[] { "State", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_State_DueAt",
                table: "Tasks");
        }
    }
}
