using Microsoft.EntityFrameworkCore.Design;
using Tessera.Core.Data;

namespace Tessera.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the SQLite model without starting the web host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<TesseraDbContext>
{
    public TesseraDbContext CreateDbContext(string[] args) =>
        DatabaseRegistration.CreateContext(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design-time.db"));
}
