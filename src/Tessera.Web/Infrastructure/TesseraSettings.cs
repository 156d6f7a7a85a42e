using Tessera.Core.Data;
using Tessera.Core.Modules.Audit.Chain;
using Tessera.Core.Modules.Audit.Services;

namespace Tessera.Web.Infrastructure;

/// <summary>Everything Tessera reads from configuration at start-up, checked before the host is built.</summary>
public sealed record TesseraSettings(DatabaseSettings Database, bool SeedDemo, TimeSpan IdleTimeout, OidcSettings? Oidc)
{
    /// <summary>The Audit section; a configured signing key is already loaded and checked (AuditStartup).</summary>
    public AuditStartupSettings Audit { get; init; } = new(new AuditSettings(), null);
}

public sealed record OidcSettings(Uri Authority, string ClientId, string ClientSecret, string DisplayName);

/// <summary>The audit settings as configured, and the signing key if one was configured (else one is made at start-up).</summary>
public sealed record AuditStartupSettings(AuditSettings Settings, AuditSigningKey? ConfiguredKey);
