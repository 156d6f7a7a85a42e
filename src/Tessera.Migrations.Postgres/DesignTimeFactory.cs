using Microsoft.EntityFrameworkCore.Design;
using Tessera.Core.Data;

namespace Tessera.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL model without a server.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<TesseraDbContext>
{
    public TesseraDbContext CreateDbContext(string[] args) =>
        DatabaseRegistration.CreateContext(new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=tessera_design;Username=tessera"));
}
