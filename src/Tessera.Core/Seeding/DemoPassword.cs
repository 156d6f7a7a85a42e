using Microsoft.AspNetCore.Identity;
using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Seeding;

/// <summary>
/// The hash of <see cref="DemoSignIns.Password"/>. Hashing is deliberately slow and every demo account has the same
/// password, so it is hashed once per process and the hash is shared.
/// </summary>
public static class DemoPassword
{
    private static readonly Lazy<string> LazyHash = new(() =>
        new PasswordHasher<Practitioner>().HashPassword(new Practitioner { DisplayName = "Demo" }, DemoSignIns.Password));

    public static string Hash => LazyHash.Value;
}
