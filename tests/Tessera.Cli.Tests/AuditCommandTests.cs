using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Audit.Chain;
using Tessera.Core.Modules.Audit.Models;
using Tessera.TestSupport;

namespace Tessera.Cli.Tests;

public sealed class AuditCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "tessera-cli-tests", Guid.NewGuid().ToString("N"));

    public AuditCommandTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task Seals_exports_and_verifies_a_log_against_the_exported_key_and_checkpoints()
    {
        var (database, keyFile) = await LogAsync(25);
        var publicKey = Path.Combine(_folder, "public.pem");
        var checkpoints = Path.Combine(_folder, "checkpoints.json");

        var seal = await CliRun.RunAsync("audit", "seal", "--database", database, "--signing-key", keyFile);
        var export = await CliRun.RunAsync("audit", "export-key", "--signing-key", keyFile, "--out", publicKey);
        var exportCheckpoints = await CliRun.RunAsync("audit", "export-checkpoints", "--database", database, "--out", checkpoints);
        var verify = await CliRun.RunAsync("audit", "verify", "--database", database, "--public-key", publicKey, "--checkpoints", checkpoints);

        Assert.Equal((0, 0, 0, 0), (seal.ExitCode, export.ExitCode, exportCheckpoints.ExitCode, verify.ExitCode));
        Assert.StartsWith("Sealed 25 entries; the chain has 25; signed a checkpoint at chain index 25.", seal.Output, StringComparison.Ordinal);
        Assert.Contains("Wrote 1 checkpoints", exportCheckpoints.Output, StringComparison.Ordinal);
        Assert.StartsWith("Audit log verified: 25 sealed entries, 1 signed checkpoints, 0 entries not sealed yet.", verify.Output, StringComparison.Ordinal);
        Assert.Empty(verify.Error);
    }

    [Fact]
    public async Task Without_a_public_key_it_says_the_stored_key_was_used()
    {
        var (database, keyFile) = await LogAsync(3);
        await CliRun.RunAsync("audit", "seal", "--database", database, "--signing-key", keyFile);

        var verify = await CliRun.RunAsync("audit", "verify", "--database", database);

        Assert.Equal(0, verify.ExitCode);
        Assert.Contains("not a key you supplied", verify.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_entry_fails_with_exit_code_1_naming_its_chain_index()
    {
        var (database, keyFile) = await LogAsync(10);
        await CliRun.RunAsync("audit", "seal", "--database", database, "--signing-key", keyFile);
        await using (var connection = new SqliteConnection($"Data Source={database["sqlite:".Length..]};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "DROP TRIGGER audit_entries_no_update; UPDATE audit_entries SET \"Action\" = 7 WHERE \"Id\" = 4;";
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var verify = await CliRun.RunAsync("audit", "verify", "--database", database);

        var line = verify.AssertOneErrorLine(1);
        Assert.Equal("tessera audit verify: Audit log check failed at chain index 4 (entry 4): its hash does not match — the entry was changed, removed or moved.", line);
    }

    [Fact]
    public async Task The_wrong_public_key_fails_with_exit_code_1()
    {
        var (database, keyFile) = await LogAsync(5);
        await CliRun.RunAsync("audit", "seal", "--database", database, "--signing-key", keyFile);
        var otherKey = Path.Combine(_folder, "other.pem");
        using (var other = AuditSigningKey.Generate())
        {
            await File.WriteAllTextAsync(otherKey, other.PublicKey.ExportPem(), TestContext.Current.CancellationToken);
        }

        var verify = await CliRun.RunAsync("audit", "verify", "--database", database, "--public-key", otherKey);

        var line = verify.AssertOneErrorLine(1);
        Assert.Contains("chain index 5: the checkpoint was signed by another key", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Foreign_garbage_and_truncated_files_fail_with_one_line_and_exit_code_2()
    {
        var (database, keyFile) = await LogAsync(2);
        await CliRun.RunAsync("audit", "seal", "--database", database, "--signing-key", keyFile);
        var checkpoints = Path.Combine(_folder, "checkpoints.json");
        await CliRun.RunAsync("audit", "export-checkpoints", "--database", database, "--out", checkpoints);
        var truncated = Path.Combine(_folder, "truncated.json");
        var text = await File.ReadAllTextAsync(checkpoints, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(truncated, text[..(text.Length / 2)], TestContext.Current.CancellationToken);
        var rsaKey = Path.Combine(_folder, "rsa.pem");
        using (var rsa = RSA.Create(2048))
        {
            await File.WriteAllTextAsync(rsaKey, rsa.ExportSubjectPublicKeyInfoPem(), TestContext.Current.CancellationToken);
        }

        var garbage = Path.Combine(_folder, "garbage.bin");
        await File.WriteAllBytesAsync(garbage, RandomNumberGenerator.GetBytes(300), TestContext.Current.CancellationToken);
        var foreignJson = Path.Combine(_folder, "foreign.json");
        await File.WriteAllTextAsync(foreignJson, "{\"format\":\"something-else\",\"checkpoints\":[]}", TestContext.Current.CancellationToken);

        var cases = new (string[] Args, string Expected)[]
        {
            (["audit", "verify", "--database", database, "--public-key", rsaKey], "is not an ECDSA P-256 public key"),
            (["audit", "verify", "--database", database, "--public-key", garbage], "is not an ECDSA P-256 public key"),
            (["audit", "verify", "--database", database, "--checkpoints", truncated], "is not a Tessera audit checkpoints file"),
            (["audit", "verify", "--database", database, "--checkpoints", garbage], "is not a Tessera audit checkpoints file"),
            (["audit", "verify", "--database", database, "--checkpoints", foreignJson], "is not a Tessera audit checkpoints file"),
            (["audit", "verify", "--database", database, "--public-key", Path.Combine(_folder, "missing.pem")], "does not exist"),
            (["audit", "verify", "--database", $"sqlite:{Path.Combine(_folder, "missing.db")}"], "does not exist"),
            (["audit", "seal", "--database", database, "--signing-key", rsaKey], "is not an ECDSA P-256 private key"),
            (["audit", "export-key", "--signing-key", garbage, "--out", Path.Combine(_folder, "x.pem")], "is not an ECDSA P-256 private key"),
        };

        foreach (var (args, expected) in cases)
        {
            var run = await CliRun.RunAsync(args);
            Assert.Contains(expected, run.AssertOneErrorLine(2), StringComparison.Ordinal);
        }

        Assert.False(File.Exists(Path.Combine(_folder, "missing.db")));
        var stillFine = await CliRun.RunAsync("audit", "verify", "--database", database, "--checkpoints", checkpoints);
        Assert.Equal(0, stillFine.ExitCode);
    }

    private async Task<(string Database, string KeyFile)> LogAsync(int entries)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.db");
        var settings = DatabaseSettings.FromCliArgument($"sqlite:{path}");
        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
            for (var i = 0; i < entries; i++)
            {
                db.AuditEntries.Add(new AuditEntry
                {
                    At = new DateTimeOffset(2026, 11, 24, 10, 0, i % 60, TimeSpan.Zero),
                    Action = AuditAction.Read,
                    ActorId = Guid.NewGuid(),
                    SubjectType = "child",
                    ChildRecordId = Guid.NewGuid(),
                });
            }

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var keyFile = Path.Combine(_folder, $"{Guid.NewGuid():N}.pem");
        using var key = AuditSigningKey.Generate();
        await File.WriteAllTextAsync(keyFile, key.ExportPrivateKeyPem(), TestContext.Current.CancellationToken);
        return ($"sqlite:{path}", keyFile);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
