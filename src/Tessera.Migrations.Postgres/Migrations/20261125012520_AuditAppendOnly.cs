using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tessera.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Its own migration: SQLite rebuilds tables in a migration after its SQL operations, so raw SQL is kept apart.
            foreach (var sql in Tessera.Core.Data.AuditTriggers.Postgres())
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in Tessera.Core.Data.AuditTriggers.DropPostgres())
            {
                migrationBuilder.Sql(sql);
            }
        }
    }
}
