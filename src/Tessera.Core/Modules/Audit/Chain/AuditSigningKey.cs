using System.Security.Cryptography;
using System.Text;

namespace Tessera.Core.Modules.Audit.Chain;

/// <summary>
/// The ECDSA P-256 key that signs checkpoints. It is read from a file or a setting, never from the database, so
/// someone who can write to the database cannot re-sign a chain they rewrote.
/// </summary>
public sealed class AuditSigningKey : IDisposable
{
    private const string P256Oid = "1.2.840.10045.3.1.7";
    private static readonly byte[] SearchTermInfo = Encoding.UTF8.GetBytes("tessera audit search terms v1");

    private AuditSigningKey(ECDsa key)
    {
        Key = key;
        PublicKey = AuditPublicKey.FromEcdsa(key);
    }

    internal ECDsa Key { get; }

    public AuditPublicKey PublicKey { get; }

    /// <summary>Reads a PKCS#8 or SEC1 PEM private key; <paramref name="source"/> names it in the error message.</summary>
    public static AuditSigningKey FromPem(string pem, string source)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new AuditKeyException($"{source} is not an ECDSA P-256 private key in PEM form");
        }

        if (!IsP256(key))
        {
            key.Dispose();
            throw new AuditKeyException($"{source} is an ECDSA key on another curve; the audit signing key must be P-256");
        }

        try
        {
            _ = key.ExportParameters(includePrivateParameters: true);
        }
        catch (CryptographicException)
        {
            key.Dispose();
            throw new AuditKeyException($"{source} holds only a public key; signing checkpoints needs the private key");
        }

        return new AuditSigningKey(key);
    }

    public static AuditSigningKey FromFile(string path) => FromPem(AuditFiles.ReadText(path, "signing key file"), $"The signing key file '{path}'");

    /// <summary>Loads the key at <paramref name="path"/>, or makes a new one there (readable by this user only).</summary>
    public static (AuditSigningKey Key, bool Created) LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return (FromFile(path), false);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        // Written aside and moved into place, so a second process starting at the same moment reads a whole key.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        using (var writer = new StreamWriter(temporary, Encoding.ASCII, options))
        {
            writer.Write(key.ExportPkcs8PrivateKeyPem());
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            key.Dispose();
            return (FromFile(path), false);
        }

        return (new AuditSigningKey(key), true);
    }

    public static AuditSigningKey Generate() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256));

    public string ExportPrivateKeyPem() => Key.ExportPkcs8PrivateKeyPem();

    /// <summary>The key for hashing audited search terms: HKDF-SHA256 of the private scalar, so it needs no setting of its own.</summary>
    public byte[] DeriveSearchTermKey()
    {
        var d = Key.ExportParameters(includePrivateParameters: true).D!;
        try
        {
            return HKDF.DeriveKey(HashAlgorithmName.SHA256, d, 32, salt: [], info: SearchTermInfo);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(d);
        }
    }

    public byte[] Sign(ReadOnlySpan<byte> data) => Key.SignData(data, HashAlgorithmName.SHA256);

    public void Dispose() => Key.Dispose();

    internal static bool IsP256(ECDsa key)
    {
        var curve = key.ExportParameters(includePrivateParameters: false).Curve;
        return curve.Oid?.Value == P256Oid || curve.Oid?.FriendlyName is "nistP256" or "ECDSA_P256";
    }
}

/// <summary>The public half of an audit signing key, with its id (hex SHA-256 of the SubjectPublicKeyInfo).</summary>
public sealed class AuditPublicKey
{
    private readonly ECDsa _key;

    private AuditPublicKey(ECDsa key, byte[] subjectPublicKeyInfo)
    {
        _key = key;
        SubjectPublicKeyInfo = subjectPublicKeyInfo;
        KeyId = Convert.ToHexStringLower(SHA256.HashData(subjectPublicKeyInfo));
    }

    public byte[] SubjectPublicKeyInfo { get; }

    public string KeyId { get; }

    public static AuditPublicKey FromEcdsa(ECDsa key)
    {
        var spki = key.ExportSubjectPublicKeyInfo();
        var copy = ECDsa.Create();
        copy.ImportSubjectPublicKeyInfo(spki, out _);
        return new AuditPublicKey(copy, spki);
    }

    /// <summary>Reads a public key from DER SubjectPublicKeyInfo (as stored with checkpoints); null if it is not a P-256 key.</summary>
    public static AuditPublicKey? FromSubjectPublicKeyInfo(byte[] spki)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportSubjectPublicKeyInfo(spki, out _);
            if (AuditSigningKey.IsP256(key))
            {
                return new AuditPublicKey(key, spki);
            }
        }
        catch (CryptographicException)
        {
            // Not a key: the caller reports the checkpoint as bad.
        }

        key.Dispose();
        return null;
    }

    /// <summary>Reads a PEM public key (or the public half of a PEM private key) from a file.</summary>
    public static AuditPublicKey FromFile(string path)
    {
        var pem = AuditFiles.ReadText(path, "public key file");
        using var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            throw new AuditKeyException($"The public key file '{path}' is not an ECDSA P-256 public key in PEM form");
        }

        if (!AuditSigningKey.IsP256(key))
        {
            throw new AuditKeyException($"The public key file '{path}' is an ECDSA key on another curve; audit keys are P-256");
        }

        return FromEcdsa(key);
    }

    public string ExportPem() => PemEncoding.WriteString("PUBLIC KEY", SubjectPublicKeyInfo);

    public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) => _key.VerifyData(data, signature, HashAlgorithmName.SHA256);
}

/// <summary>A key or key file that cannot be used: shown as one line.</summary>
public sealed class AuditKeyException(string message) : Exception(message);

/// <summary>A checkpoints file or other audit file that cannot be used: shown as one line.</summary>
public sealed class AuditFileException(string message) : Exception(message);

internal static class AuditFiles
{
    private const int MaxKeyFileBytes = 64 * 1024;

    public static string ReadText(string path, string what)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new AuditFileException($"The {what} '{path}' does not exist");
            }

            if (what.Contains("key", StringComparison.Ordinal) && info.Length > MaxKeyFileBytes)
            {
                throw new AuditKeyException($"The {what} '{path}' is too large to be a PEM key");
            }

            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new AuditFileException($"The {what} '{path}' cannot be read: {ex.Message}");
        }
    }
}
