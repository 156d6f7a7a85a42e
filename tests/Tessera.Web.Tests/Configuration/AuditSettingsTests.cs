using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Tessera.Core.Data;
using Tessera.Web.Infrastructure;

namespace Tessera.Web.Tests.Configuration;

public sealed class AuditSettingsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "tessera-audit-settings", Guid.NewGuid().ToString("N"));

    public AuditSettingsTests() => Directory.CreateDirectory(_folder);

    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void A_configured_signing_key_file_is_loaded_with_the_intervals()
    {
        var path = Path.Combine(_folder, "key.pem");
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        File.WriteAllText(path, key.ExportPkcs8PrivateKeyPem());

        Assert.True(StartupChecks.TryReadSettings(Config(("Audit:SigningKeyFile", path), ("Audit:SealInterval", "00:00:02"), ("Audit:CheckpointInterval", "00:10:00")), out var settings, out var problem), problem);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo())), settings.Audit.ConfiguredKey?.PublicKey.KeyId);
        Assert.Equal(TimeSpan.FromSeconds(2), settings.Audit.Settings.SealInterval);
        Assert.Equal(TimeSpan.FromMinutes(10), settings.Audit.Settings.CheckpointInterval);
    }

    [Fact]
    public void Unusable_audit_settings_stop_start_up_with_one_line_naming_the_setting()
    {
        var rsaPath = Path.Combine(_folder, "rsa.pem");
        using (var rsa = RSA.Create(2048))
        {
            File.WriteAllText(rsaPath, rsa.ExportPkcs8PrivateKeyPem());
        }

        Assert.Contains("is not an ECDSA P-256 private key", Problem(("Audit:SigningKeyFile", rsaPath)));
        Assert.Contains("does not exist", Problem(("Audit:SigningKeyFile", Path.Combine(_folder, "missing.pem"))));
        Assert.Contains("Audit:SigningKeyPem is not an ECDSA P-256 private key", Problem(("Audit:SigningKeyPem", "not a key")));
        Assert.Contains("Audit:SealInterval", Problem(("Audit:SealInterval", "soon")));
        Assert.Contains("Audit:CheckpointInterval", Problem(("Audit:CheckpointInterval", "00:00:00")));
    }

    [Fact]
    public void Without_a_configured_key_one_is_kept_next_to_the_SQLite_database_or_in_the_data_folder()
    {
        var sqlite = new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=store/tessera.db");
        var postgres = new DatabaseSettings(DatabaseProvider.Postgres, "Host=db");

        Assert.Equal(Path.Combine(_folder, "store"), AuditStartup.DataFolder(sqlite, _folder));
        Assert.Equal(Path.Combine(_folder, "data"), AuditStartup.DataFolder(postgres, _folder));
    }

    private static string Problem(params (string Key, string? Value)[] values)
    {
        Assert.False(StartupChecks.TryReadSettings(Config(values), out _, out var problem));
        Assert.DoesNotContain(Environment.NewLine, problem);
        return problem;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
