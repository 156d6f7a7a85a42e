namespace Tessera.Core.Modules.Audit.Models;

/// <summary>
/// A signed statement that the chain had <see cref="HeadHash"/> at <see cref="ChainIndex"/>. Signed with ECDSA P-256
/// by a key held outside the database, so someone who can write to the database cannot rewrite the chain unnoticed.
/// </summary>
public class AuditCheckpoint
{
    public long Id { get; set; }
    public long ChainIndex { get; set; }
    public byte[] HeadHash { get; set; } = [];
    public DateTimeOffset SignedAt { get; set; }

    /// <summary>SHA-256 of the public key (SubjectPublicKeyInfo), hex.</summary>
    public string KeyId { get; set; } = "";
    public byte[] PublicKey { get; set; } = [];
    public byte[] Signature { get; set; } = [];
}
