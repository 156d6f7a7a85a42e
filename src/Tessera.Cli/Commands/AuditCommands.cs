using Microsoft.Data.Sqlite;
using Tessera.Cli.CommandLine;
using Tessera.Core.Data;
using Tessera.Core.Modules.Audit.Chain;
using Tessera.Core.Modules.Audit.Services;

namespace Tessera.Cli.Commands;

/// <summary><c>tessera audit verify</c>: recomputes the hash chain and checks every signed checkpoint.</summary>
public sealed class AuditVerifyCommand : CliCommand
{
    public override string Name => "audit verify";

    public override string Summary => "Check the audit log's hash chain and signed checkpoints; name the first bad entry.";

    public override string? Details =>
        "Exit codes: 0 the log verified, 1 the check failed (the line names the first bad entry) or the database could not\n" +
        "be read, 2 a wrong command line or an unusable key or checkpoints file. Entries not sealed yet are counted, not errors.";

    public override IReadOnlyList<CliOption> Options { get; } =
    [
        AuditCliOptions.Database,
        new("public-key", "file.pem", "The audit public key you trust (from 'tessera audit export-key'). Without it, the key in Audit__SigningKeyFile is used if set, else the key stored with the checkpoints."),
        new("checkpoints", "file.json", "Checkpoints exported earlier ('tessera audit export-checkpoints'): each must still be in the database and match."),
    ];

    public override async Task<int> ExecuteAsync(ParsedOptions options, CliContext context)
    {
        var settings = AuditCliOptions.ExistingDatabase(options);
        using var configured = options.GetString("public-key") is null && Environment.GetEnvironmentVariable("Audit__SigningKeyFile") is { Length: > 0 } signingKeyPath
            ? AuditSigningKey.FromFile(signingKeyPath)
            : null;
        var key = options.GetString("public-key") is { } keyPath ? AuditPublicKey.FromFile(keyPath) : configured?.PublicKey;
        var exported = options.GetString("checkpoints") is { } checkpointsPath ? AuditCheckpointFile.Read(checkpointsPath) : null;
        await using var db = DatabaseRegistration.CreateContext(settings);
        var result = await new AuditVerifier(db).VerifyAsync(key, exported, context.CancellationToken);
        if (!result.Passed)
        {
            await context.Error.WriteLineAsync($"tessera {Name}: {result.Problem}");
            return ExitCodes.Failed;
        }

        await context.Out.WriteLineAsync(result.Summary);
        return ExitCodes.Success;
    }
}

/// <summary><c>tessera audit seal</c>: seals unsealed entries now and, with the key, signs a checkpoint.</summary>
public sealed class AuditSealCommand : CliCommand
{
    public override string Name => "audit seal";

    public override string Summary => "Add unsealed audit entries to the hash chain now and sign a checkpoint of its head.";

    public override IReadOnlyList<CliOption> Options { get; } =
    [
        AuditCliOptions.Database,
        new("signing-key", "file.pem", "The ECDSA P-256 private key that signs checkpoints. Without it, entries are sealed but no checkpoint is signed."),
    ];

    public override async Task<int> ExecuteAsync(ParsedOptions options, CliContext context)
    {
        var settings = AuditCliOptions.ExistingDatabase(options);
        using var key = options.GetString("signing-key") is { } keyPath ? AuditSigningKey.FromFile(keyPath) : null;
        await using var db = DatabaseRegistration.CreateContext(settings);
        var sealer = new AuditSealer(db, TimeProvider.System, new AuditSettings(), key);
        var result = await sealer.SealAsync(forceCheckpoint: true, fullSweep: true, cancellationToken: context.CancellationToken);
        var checkpoint = result.Checkpoint is { } c ? $"signed a checkpoint at chain index {c.ChainIndex:N0}"
            : key is null ? "signed no checkpoint (no --signing-key)" : result.ChainLength == 0 ? "signed no checkpoint (the chain is empty)" : "signed no checkpoint (the head is already signed)";
        await context.Out.WriteLineAsync($"Sealed {result.Sealed:N0} entries; the chain has {result.ChainLength:N0}; {checkpoint}.");
        return ExitCodes.Success;
    }
}

/// <summary><c>tessera audit export-key</c>: writes the public half of the signing key for auditors.</summary>
public sealed class AuditExportKeyCommand : CliCommand
{
    public override string Name => "audit export-key";

    public override string Summary => "Write the audit signing key's public key (PEM) for whoever verifies the log.";

    public override IReadOnlyList<CliOption> Options { get; } =
    [
        new("signing-key", "file.pem", "The ECDSA P-256 private key that signs checkpoints.", Required: true),
        new("out", "file.pem", "Where to write the public key.", Required: true),
    ];

    public override async Task<int> ExecuteAsync(ParsedOptions options, CliContext context)
    {
        using var key = AuditSigningKey.FromFile(options.GetRequiredString("signing-key"));
        var path = options.GetRequiredString("out");
        await AuditCliOptions.WriteAsync(path, key.PublicKey.ExportPem(), context.CancellationToken);
        await context.Out.WriteLineAsync($"Wrote the audit public key {key.PublicKey.KeyId} to {path}.");
        return ExitCodes.Success;
    }
}

/// <summary><c>tessera audit export-checkpoints</c>: writes every signed checkpoint to a JSON file kept elsewhere.</summary>
public sealed class AuditExportCheckpointsCommand : CliCommand
{
    public override string Name => "audit export-checkpoints";

    public override string Summary => "Write every signed checkpoint to a JSON file, to keep outside the database.";

    public override IReadOnlyList<CliOption> Options { get; } =
    [
        AuditCliOptions.Database,
        new("out", "file.json", "Where to write the checkpoints.", Required: true),
    ];

    public override async Task<int> ExecuteAsync(ParsedOptions options, CliContext context)
    {
        var settings = AuditCliOptions.ExistingDatabase(options);
        var path = options.GetRequiredString("out");
        await using var db = DatabaseRegistration.CreateContext(settings);
        var checkpoints = await new AuditVerifier(db).CheckpointsAsync(context.CancellationToken);
        await AuditCliOptions.WriteAsync(path, AuditCheckpointFile.From(checkpoints).ToJson(), context.CancellationToken);
        await context.Out.WriteLineAsync($"Wrote {checkpoints.Count:N0} checkpoints to {path}.");
        return ExitCodes.Success;
    }
}

internal static class AuditCliOptions
{
    public static readonly CliOption Database = new("database", "sqlite:path|postgres:connection",
        "The database, e.g. sqlite:data/tessera.db or \"postgres:Host=...;Database=...;Username=...;Password=...\".", Required: true);

    /// <summary>The --database, refusing a SQLite path that does not exist (opening it would create an empty database).</summary>
    public static DatabaseSettings ExistingDatabase(ParsedOptions options)
    {
        var settings = DatabaseSettings.FromCliArgument(options.GetRequiredString("database"));
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
            if (!File.Exists(file))
            {
                throw new UsageException($"the database file '{file}' does not exist");
            }
        }

        return settings;
    }

    public static async Task WriteAsync(string path, string text, CancellationToken cancellationToken)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await File.WriteAllTextAsync(path, text, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new AuditFileException($"cannot write '{path}': {ex.Message}");
        }
    }
}
