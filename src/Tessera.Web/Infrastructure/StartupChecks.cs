using Tessera.Core.Data;

namespace Tessera.Web.Infrastructure;

/// <summary>Fails fast on configuration: each problem is one sentence naming the setting to fix.</summary>
public static class StartupChecks
{
    public static bool TryReadSettings(IConfiguration configuration, out TesseraSettings settings, out string problem)
    {
        settings = null!;
        problem = "";
        try
        {
            var database = DatabaseSettings.From(configuration["Database:Provider"], configuration.GetConnectionString("Tessera"));
            var seedDemo = configuration.GetValue("Database:SeedDemo", database.Provider == DatabaseProvider.Sqlite);
            var idleMinutes = configuration.GetValue("Tessera:IdleTimeoutMinutes", 30);
            if (idleMinutes is < 1 or > 720)
            {
                throw new SettingsProblemException($"Tessera:IdleTimeoutMinutes is {idleMinutes}. Use a number of minutes from 1 to 720.");
            }

            RetentionJobSettings.From(configuration);
            _ = Auth.StepUpSettings.From(configuration);
            settings = new TesseraSettings(database, seedDemo, TimeSpan.FromMinutes(idleMinutes), ReadOidc(configuration))
            {
                Audit = AuditStartup.Read(configuration),
            };
            return true;
        }
        catch (Exception ex) when (ex is DatabaseSettingsException or SettingsProblemException or InvalidOperationException or FormatException
            or Tessera.Core.Modules.Audit.Chain.AuditKeyException or Tessera.Core.Modules.Audit.Chain.AuditFileException)
        {
            problem = ex.Message;
            return false;
        }
    }

    /// <summary>Reads the optional OpenID Connect provider. Absent authority means local accounts only.</summary>
    public static OidcSettings? ReadOidc(IConfiguration configuration)
    {
        var section = configuration.GetSection("Authentication:Oidc");
        var authority = section["Authority"];
        if (string.IsNullOrWhiteSpace(authority))
        {
            return null;
        }

        if (!Uri.TryCreate(authority, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new SettingsProblemException($"Authentication:Oidc:Authority '{authority}' must be an absolute https:// address of your identity provider.");
        }

        var clientId = section["ClientId"];
        if (string.IsNullOrWhiteSpace(clientId))
        {
            throw new SettingsProblemException("Authentication:Oidc:ClientId is empty. Set it to the client id your identity provider issued for Tessera.");
        }

        var secret = section["ClientSecret"];
        if (string.IsNullOrWhiteSpace(secret))
        {
            throw new SettingsProblemException("Authentication:Oidc:ClientSecret is empty. Set it from a secret store, not from appsettings.json.");
        }

        var name = section["DisplayName"];
        return new OidcSettings(uri, clientId, secret, string.IsNullOrWhiteSpace(name) ? "Sign in with your organisation" : name);
    }
}

public sealed class SettingsProblemException(string message) : Exception(message);
