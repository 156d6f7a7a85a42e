using Tessera.Core.Data;
using Tessera.TestSupport;

namespace Tessera.Core.Tests.Data;

/// <summary>Runs a data test once on SQLite and once on PostgreSQL.</summary>
public static class ProviderData
{
    public static TheoryData<DatabaseProvider> Both => new(TestDatabases.Providers);
}
