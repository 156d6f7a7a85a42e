namespace Tessera.Core.Modules.Audit.Models;

/// <summary>
/// An entry's place in the hash chain: Hash = SHA-256(previous hash ‖ canonical bytes of the entry at this index).
/// Seals are inserted, never changed, by the sealer shortly after the entry commits.
/// </summary>
public class AuditSeal
{
    public const int HashLength = 32;

    public long ChainIndex { get; set; }
    public long EntryId { get; set; }
    public byte[] Hash { get; set; } = [];
}
