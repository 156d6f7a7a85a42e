using Tessera.Core.Data;

namespace Tessera.Web.Infrastructure;

/// <summary>Everything Tessera reads from configuration at start-up, checked before the host is built.</summary>
public sealed record TesseraSettings(DatabaseSettings Database, bool SeedDemo, TimeSpan IdleTimeout, OidcSettings? Oidc);

public sealed record OidcSettings(Uri Authority, string ClientId, string ClientSecret, string DisplayName);
