using System.Security.Cryptography;
using Tessera.Core.Modules.Audit.Chain;

namespace Tessera.Core.Tests.Audit;

public sealed class AuditSigningKeyTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "tessera-audit-keys", Guid.NewGuid().ToString("N"));

    public AuditSigningKeyTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void Reads_PKCS8_and_SEC1_keys_as_the_same_key()
    {
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        using var pkcs8 = AuditSigningKey.FromPem(ec.ExportPkcs8PrivateKeyPem(), "test");
        using var sec1 = AuditSigningKey.FromPem(ec.ExportECPrivateKeyPem(), "test");

        Assert.Equal(pkcs8.PublicKey.KeyId, sec1.PublicKey.KeyId);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(ec.ExportSubjectPublicKeyInfo())), pkcs8.PublicKey.KeyId);
        Assert.Equal(pkcs8.DeriveSearchTermKey(), sec1.DeriveSearchTermKey());
    }

    [Fact]
    public void Refuses_keys_that_cannot_sign_checkpoints_with_one_clear_sentence()
    {
        using var rsa = RSA.Create(2048);
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        using var p256 = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        Assert.Contains("is not an ECDSA P-256 private key", Refused(rsa.ExportPkcs8PrivateKeyPem()), StringComparison.Ordinal);
        Assert.Contains("another curve", Refused(p384.ExportPkcs8PrivateKeyPem()), StringComparison.Ordinal);
        Assert.Contains("only a public key", Refused(p256.ExportSubjectPublicKeyInfoPem()), StringComparison.Ordinal);
        Assert.Contains("is not an ECDSA P-256 private key", Refused("hello"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_made_key_is_readable_by_its_owner_only_and_is_loaded_again_next_time()
    {
        var path = Path.Combine(_folder, "data", "audit-signing-key.pem");

        var (made, created) = AuditSigningKey.LoadOrCreate(path);
        var (loaded, createdAgain) = AuditSigningKey.LoadOrCreate(path);

        Assert.True(created);
        Assert.False(createdAgain);
        Assert.Equal(made.PublicKey.KeyId, loaded.PublicKey.KeyId);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        Assert.NotEqual(made.DeriveSearchTermKey(), AuditSigningKey.Generate().DeriveSearchTermKey());
        made.Dispose();
        loaded.Dispose();
    }

    [Fact]
    public void A_checkpoint_verifies_with_its_key_only_and_only_as_signed()
    {
        using var key = AuditSigningKey.Generate();
        using var other = AuditSigningKey.Generate();
        var head = SHA256.HashData("head"u8);

        var checkpoint = AuditCheckpointSigning.Create(key, 10, head, new DateTimeOffset(2026, 11, 24, 10, 0, 0, 123, TimeSpan.Zero).AddTicks(4567));

        Assert.True(AuditCheckpointSigning.Verify(key.PublicKey, checkpoint));
        Assert.False(AuditCheckpointSigning.Verify(other.PublicKey, checkpoint));
        Assert.Equal(key.PublicKey.KeyId, checkpoint.KeyId);
        checkpoint.ChainIndex = 11;
        Assert.False(AuditCheckpointSigning.Verify(key.PublicKey, checkpoint));
    }

    [Fact]
    public void The_exported_public_key_reads_back_as_the_same_key()
    {
        using var key = AuditSigningKey.Generate();
        var path = Path.Combine(_folder, "public.pem");
        File.WriteAllText(path, key.PublicKey.ExportPem());

        Assert.Equal(key.PublicKey.KeyId, AuditPublicKey.FromFile(path).KeyId);
    }

    private static string Refused(string pem) => Assert.Throws<AuditKeyException>(() => AuditSigningKey.FromPem(pem, "The key")).Message;

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
