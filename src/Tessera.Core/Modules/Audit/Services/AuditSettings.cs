namespace Tessera.Core.Modules.Audit.Services;

/// <summary>
/// Audit configuration. The signing key never lives in the database: it comes from a PEM file or a setting, so
/// someone who can write to the database cannot re-sign a rewritten chain.
/// </summary>
public sealed record AuditSettings
{
    /// <summary>Path to an ECDSA P-256 private key in PEM (PKCS#8 or SEC1).</summary>
    public string? SigningKeyFile { get; init; }

    /// <summary>The same key inline, for hosts that inject secrets as settings.</summary>
    public string? SigningKeyPem { get; init; }

    /// <summary>Off only in the audit-overhead benchmark, which compares reads with and without their audit entry.</summary>
    public bool RecordReads { get; init; } = true;

    /// <summary>Key for hashing audited search terms; derived from the signing key at start-up.</summary>
    public byte[]? SearchTermKey { get; init; }

    /// <summary>How often the sealer adds new entries to the hash chain.</summary>
    public TimeSpan SealInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a signed checkpoint of the chain head is made (if anything was sealed since the last one).</summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromMinutes(1);
}
