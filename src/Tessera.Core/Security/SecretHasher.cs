using System.Security.Cryptography;
using System.Text;

namespace Tessera.Core.Security;

/// <summary>
/// Random secrets (invitation tokens, API keys) are long and unguessable, so a plain SHA-256 is enough to store them:
/// a slow password hash only matters for secrets people choose.
/// </summary>
public static class SecretHasher
{
    public static string NewSecret(int bytes = 32) => Base64Url(RandomNumberGenerator.GetBytes(bytes));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] data) =>
        Convert.ToBase64String(data).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
