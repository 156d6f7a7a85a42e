using System.Security.Cryptography;
using System.Text;

namespace Tessera.Core.Modules.Audit.Services;

/// <summary>
/// Search terms are audited as keyed hashes, not text: the log must not become a second list of children's names,
/// yet a privacy officer asking "did anyone search for this name?" can hash the name and look for it.
/// The key comes from <see cref="AuditSettings.SearchTermKey"/> (derived from the audit signing key at start-up).
/// </summary>
public sealed class AuditTermHasher(AuditSettings settings)
{
    // Without a configured key (some tests), one key per process keeps hashes consistent within a run.
    private static readonly byte[] FallbackKey = RandomNumberGenerator.GetBytes(32);

    /// <summary>HMAC-SHA256 of "kind:TERM" (trimmed, upper case), hex, first 32 characters.</summary>
    public string Hash(string kind, string term)
    {
        var key = settings.SearchTermKey ?? FallbackKey;
        var bytes = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{kind}:{term.Trim().ToUpperInvariant()}"));
        return Convert.ToHexStringLower(bytes)[..32];
    }
}
