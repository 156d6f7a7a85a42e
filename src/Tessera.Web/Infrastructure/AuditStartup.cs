using Microsoft.Data.Sqlite;
using Tessera.Core.Data;
using Tessera.Core.Modules.Audit.Chain;
using Tessera.Core.Modules.Audit.Services;

namespace Tessera.Web.Infrastructure;

/// <summary>Reads the Audit settings, loads or makes the checkpoint signing key and registers the sealer.</summary>
public static class AuditStartup
{
    public const string GeneratedKeyFileName = "audit-signing-key.pem";

    /// <summary>Reads and checks the Audit section; a configured key that cannot be used stops start-up with one line.</summary>
    public static AuditStartupSettings Read(IConfiguration configuration)
    {
        var section = configuration.GetSection("Audit");
        var sealInterval = Interval(section, "SealInterval", TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100), TimeSpan.FromHours(1));
        var checkpointInterval = Interval(section, "CheckpointInterval", TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(1), TimeSpan.FromDays(1));
        var file = section["SigningKeyFile"];
        var pem = section["SigningKeyPem"];
        if (!string.IsNullOrWhiteSpace(file) && !string.IsNullOrWhiteSpace(pem))
        {
            throw new SettingsProblemException("Audit:SigningKeyFile and Audit:SigningKeyPem are both set. Set only one of them.");
        }

        var key = !string.IsNullOrWhiteSpace(file) ? AuditSigningKey.FromFile(file)
            : !string.IsNullOrWhiteSpace(pem) ? AuditSigningKey.FromPem(pem, "Audit:SigningKeyPem")
            : null;
        var settings = new AuditSettings
        {
            SigningKeyFile = file,
            SigningKeyPem = pem,
            RecordReads = section.GetValue("RecordReads", true),
            SealInterval = sealInterval,
            CheckpointInterval = checkpointInterval,
        };
        return new AuditStartupSettings(settings, key);
    }

    public static void AddAuditChain(this WebApplicationBuilder builder, TesseraSettings settings)
    {
        var key = settings.Audit.ConfiguredKey;
        if (key is null)
        {
            var path = Path.Combine(DataFolder(settings.Database, builder.Environment.ContentRootPath), GeneratedKeyFileName);
            (key, var created) = AuditSigningKey.LoadOrCreate(path);
            builder.Services.AddHostedService(sp => new GeneratedKeyWarning(sp.GetRequiredService<ILogger<GeneratedKeyWarning>>(), path, created));
        }

        builder.Services.AddSingleton(key);
        builder.Services.AddSingleton(settings.Audit.Settings with { SearchTermKey = key.DeriveSearchTermKey() });
        builder.Services.AddHostedService<AuditSealing>();
    }

    /// <summary>Where a generated key is kept: next to the SQLite file, or the content root's data folder for PostgreSQL.</summary>
    public static string DataFolder(DatabaseSettings database, string contentRoot)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var dataSource = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            if (dataSource != ":memory:" && !string.IsNullOrEmpty(dataSource))
            {
                return Path.GetDirectoryName(Path.GetFullPath(dataSource, contentRoot)) ?? contentRoot;
            }
        }

        return Path.Combine(contentRoot, "data");
    }

    private static TimeSpan Interval(IConfigurationSection section, string name, TimeSpan fallback, TimeSpan min, TimeSpan max)
    {
        var text = section[name];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (!TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new SettingsProblemException($"Audit:{name} is '{text}'. Use a time such as 00:00:05 from {min} to {max}.");
        }

        return value;
    }

    /// <summary>Logs once at start-up that the key was made here, so an operator knows to configure and back up their own.</summary>
    private sealed class GeneratedKeyWarning(ILogger<GeneratedKeyWarning> logger, string path, bool created) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            logger.LogWarning(
                "No audit signing key is configured, so Tessera {Action} {Path}. In production set Audit:SigningKeyFile to a P-256 key kept outside the database and back it up: without it the audit log's checkpoints cannot be verified.",
                created ? "made one at" : "is using the one it made earlier at", path);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
