using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Audit.Chain;
using Tessera.Core.Modules.Audit.Models;

namespace Tessera.Core.Tests.Audit;

public enum Tampering
{
    EditEntry,
    EditSeal,
    EditCheckpoint,
    DeleteEntry,
    DeleteSeal,
    InsertEntry,
    SwapEntries,
    Truncate,
    TruncateWithCheckpoints,
    RewriteKeepingCheckpoints,
    RewriteAndResignWithAnotherKey,
}

/// <summary>
/// Someone with a SQL prompt and no signing key: drops the append-only triggers, then changes the log. Where it helps
/// them hide, they recompute every later hash as the chain's published layout allows.
/// </summary>
internal static class Attacker
{
    private static readonly string[] EntryColumns =
        ["Id", "At", "Action", "ActorKind", "ActorId", "ActorAgencyId", "SubjectType", "SubjectId", "ChildRecordId", "EmergencyAccessId", "ProcessId", "Detail"];

    /// <summary>Applies one tampering and says what it did.</summary>
    public static async Task<string> ApplyAsync(DatabaseSettings settings, Tampering kind, Random random)
    {
        await using var db = DatabaseRegistration.CreateContext(settings);
        await DropTriggersAsync(db);
        var seals = await db.AuditSeals.AsNoTracking().OrderBy(s => s.ChainIndex).ToListAsync();
        var n = seals.Count;
        var pick = seals[random.Next(n)];
        switch (kind)
        {
            case Tampering.EditEntry:
                return await EditEntryAsync(db, pick.EntryId, random, alsoSeal: random.Next(2) == 0);

            case Tampering.EditSeal:
                switch (random.Next(3))
                {
                    case 0:
                        var hash = pick.Hash.ToArray();
                        hash[random.Next(hash.Length)] ^= (byte)(1 << random.Next(8));
                        await Sql(db, "UPDATE audit_seals SET \"Hash\" = {0} WHERE \"ChainIndex\" = {1}", hash, pick.ChainIndex);
                        return $"flipped a bit of seal {pick.ChainIndex}'s hash";
                    case 1:
                        await Sql(db, "UPDATE audit_seals SET \"ChainIndex\" = {0} WHERE \"ChainIndex\" = {1}", n + 1 + random.Next(5), pick.ChainIndex);
                        return $"moved seal {pick.ChainIndex} past the end";
                    default:
                        var other = await db.AuditEntries.MaxAsync(e => e.Id) + 1;
                        await Sql(db, "UPDATE audit_seals SET \"EntryId\" = {0} WHERE \"ChainIndex\" = {1}", other, pick.ChainIndex);
                        return $"pointed seal {pick.ChainIndex} at a non-existent entry";
                }

            case Tampering.EditCheckpoint:
                var checkpoint = (await db.AuditCheckpoints.AsNoTracking().ToListAsync())[random.Next(await db.AuditCheckpoints.CountAsync())];
                switch (random.Next(4))
                {
                    case 0:
                        var head = checkpoint.HeadHash.ToArray();
                        head[random.Next(head.Length)] ^= 0x01;
                        await Sql(db, "UPDATE audit_checkpoints SET \"HeadHash\" = {0} WHERE \"Id\" = {1}", head, checkpoint.Id);
                        return $"changed checkpoint {checkpoint.ChainIndex}'s head hash";
                    case 1:
                        await Sql(db, "UPDATE audit_checkpoints SET \"ChainIndex\" = \"ChainIndex\" - 1 WHERE \"Id\" = {0}", checkpoint.Id);
                        return $"moved checkpoint {checkpoint.ChainIndex} back by one";
                    case 2:
                        var signature = checkpoint.Signature.ToArray();
                        signature[random.Next(signature.Length)] ^= 0x80;
                        await Sql(db, "UPDATE audit_checkpoints SET \"Signature\" = {0} WHERE \"Id\" = {1}", signature, checkpoint.Id);
                        return $"changed checkpoint {checkpoint.ChainIndex}'s signature";
                    default:
                        var entity = await db.AuditCheckpoints.SingleAsync(c => c.Id == checkpoint.Id);
                        entity.SignedAt = entity.SignedAt.AddSeconds(-random.Next(1, 100_000));
                        await db.SaveChangesAsync();
                        return $"back-dated checkpoint {checkpoint.ChainIndex}";
                }

            case Tampering.DeleteEntry:
                await Sql(db, "DELETE FROM audit_entries WHERE \"Id\" = {0}", pick.EntryId);
                return $"deleted the entry at chain index {pick.ChainIndex}";

            case Tampering.DeleteSeal:
                await Sql(db, "DELETE FROM audit_seals WHERE \"ChainIndex\" = {0}", pick.ChainIndex);
                return $"deleted seal {pick.ChainIndex}";

            case Tampering.InsertEntry:
                {
                    var at = pick.ChainIndex;
                    var entry = AuditLogs.RandomEntry(random, DateTimeOffset.UnixEpoch.AddYears(56));
                    db.AuditEntries.Add(entry);
                    await db.SaveChangesAsync();
                    await Sql(db, "UPDATE audit_seals SET \"ChainIndex\" = -\"ChainIndex\" - 1 WHERE \"ChainIndex\" >= {0}", at);
                    await Sql(db, "UPDATE audit_seals SET \"ChainIndex\" = -\"ChainIndex\" WHERE \"ChainIndex\" < 0");
                    await Sql(db, "INSERT INTO audit_seals (\"ChainIndex\", \"EntryId\", \"Hash\") VALUES ({0}, {1}, {2})", at, entry.Id, new byte[32]);
                    var all = random.Next(2) == 0;
                    await RehashAsync(db, at, all ? long.MaxValue : at);
                    return $"inserted an entry at chain index {at}{(all ? " and recomputed every later hash" : "")}";
                }

            case Tampering.SwapEntries:
                {
                    var other = seals[random.Next(n)];
                    while (other.ChainIndex == pick.ChainIndex)
                    {
                        other = seals[random.Next(n)];
                    }

                    await Sql(db, "UPDATE audit_seals SET \"EntryId\" = -1 WHERE \"ChainIndex\" = {0}", pick.ChainIndex);
                    await Sql(db, "UPDATE audit_seals SET \"EntryId\" = {0} WHERE \"ChainIndex\" = {1}", pick.EntryId, other.ChainIndex);
                    await Sql(db, "UPDATE audit_seals SET \"EntryId\" = {0} WHERE \"ChainIndex\" = {1}", other.EntryId, pick.ChainIndex);
                    var rehash = random.Next(2) == 0;
                    if (rehash)
                    {
                        await RehashAsync(db, Math.Min(pick.ChainIndex, other.ChainIndex), long.MaxValue);
                    }

                    return $"swapped the entries at chain indexes {pick.ChainIndex} and {other.ChainIndex}{(rehash ? " and recomputed the hashes" : "")}";
                }

            case Tampering.Truncate or Tampering.TruncateWithCheckpoints:
                {
                    var keep = n - 1 - random.Next(Math.Min(n - 1, 40));
                    await Sql(db, "DELETE FROM audit_entries WHERE \"Id\" IN (SELECT \"EntryId\" FROM audit_seals WHERE \"ChainIndex\" > {0})", keep);
                    await Sql(db, "DELETE FROM audit_seals WHERE \"ChainIndex\" > {0}", keep);
                    if (kind == Tampering.TruncateWithCheckpoints)
                    {
                        await Sql(db, "DELETE FROM audit_checkpoints WHERE \"ChainIndex\" > {0}", keep);
                        return $"cut the chain to {keep} and deleted the checkpoints after it";
                    }

                    return $"cut the chain to {keep}";
                }

            case Tampering.RewriteKeepingCheckpoints:
                {
                    var change = await EditEntryAsync(db, pick.EntryId, random, alsoSeal: false);
                    await RehashAsync(db, pick.ChainIndex, long.MaxValue);
                    return $"{change}, then recomputed every later hash";
                }

            default:
                {
                    var change = await EditEntryAsync(db, pick.EntryId, random, alsoSeal: false);
                    var hashes = await RehashAsync(db, pick.ChainIndex, long.MaxValue);
                    using var forged = AuditSigningKey.Generate();
                    var old = await db.AuditCheckpoints.AsNoTracking().ToListAsync();
                    await Sql(db, "DELETE FROM audit_checkpoints");
                    foreach (var original in old)
                    {
                        db.AuditCheckpoints.Add(AuditCheckpointSigning.Create(forged, original.ChainIndex, hashes[original.ChainIndex], original.SignedAt));
                    }

                    await db.SaveChangesAsync();
                    return $"{change}, recomputed every later hash and re-signed the checkpoints with another key";
                }
        }
    }

    private static async Task<string> EditEntryAsync(TesseraDbContext db, long entryId, Random random, bool alsoSeal)
    {
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Id == entryId);
        var column = EntryColumns[random.Next(EntryColumns.Length)];
        var sqlite = db.Database.IsSqlite();
        switch (column)
        {
            case "Id":
                var newId = await db.AuditEntries.MaxAsync(e => e.Id) + 1 + random.Next(100);
                await Sql(db, "UPDATE audit_entries SET \"Id\" = {0} WHERE \"Id\" = {1}", newId, entryId);
                if (alsoSeal)
                {
                    await Sql(db, "UPDATE audit_seals SET \"EntryId\" = {0} WHERE \"EntryId\" = {1}", newId, entryId);
                }

                break;
            case "At":
                // SQLite keeps EF's packed form (ticks / 1000 shifted left by 11 bits); PostgreSQL a timestamptz.
                await Sql(db, sqlite
                    ? "UPDATE audit_entries SET \"At\" = \"At\" + {0} WHERE \"Id\" = {1}"
                    : "UPDATE audit_entries SET \"At\" = \"At\" + make_interval(secs => {0}::double precision / 1000000) WHERE \"Id\" = {1}",
                    sqlite ? 2048L * random.Next(1, 1000) : random.Next(1, 1000), entryId);
                break;
            case "Action":
                await Sql(db, "UPDATE audit_entries SET \"Action\" = {0} WHERE \"Id\" = {1}", (int)entry.Action % 15 + 1, entryId);
                break;
            case "ActorKind":
                await Sql(db, "UPDATE audit_entries SET \"ActorKind\" = {0} WHERE \"Id\" = {1}", ((int)entry.ActorKind + 1) % 3, entryId);
                break;
            case "SubjectType":
                await SetTextAsync(db, column, entry.SubjectType, entryId, random);
                break;
            case "Detail":
                await SetTextAsync(db, column, entry.Detail, entryId, random);
                break;
            default:
                var current = (Guid?)typeof(AuditEntry).GetProperty(column)!.GetValue(entry);
                var entity = await db.AuditEntries.SingleAsync(e => e.Id == entryId);
                Guid? replacement = current is null || random.Next(2) == 0 ? Guid.NewGuid() : null;
                typeof(AuditEntry).GetProperty(column)!.SetValue(entity, replacement);
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                break;
        }

        return $"changed {column} of entry {entryId}";
    }

    private static async Task SetTextAsync(TesseraDbContext db, string column, string? current, long entryId, Random random)
    {
        var value = current switch
        {
            null => "",
            "" => null,
            _ when random.Next(2) == 0 => null,
            _ => current.Length > 1 ? current[..^1] + (current[^1] == 'x' ? 'y' : 'x') : current + "x",
        };
        var sql = (column, value) switch
        {
            ("Detail", null) => "UPDATE audit_entries SET \"Detail\" = NULL WHERE \"Id\" = {0}",
            ("Detail", _) => "UPDATE audit_entries SET \"Detail\" = {1} WHERE \"Id\" = {0}",
            (_, null) => "UPDATE audit_entries SET \"SubjectType\" = NULL WHERE \"Id\" = {0}",
            _ => "UPDATE audit_entries SET \"SubjectType\" = {1} WHERE \"Id\" = {0}",
        };
        await Sql(db, sql, value is null ? [entryId] : [entryId, value]);
    }

    /// <summary>Recomputes seal hashes from chain index <paramref name="from"/> to <paramref name="to"/>, as the published layout allows.</summary>
    private static async Task<Dictionary<long, byte[]>> RehashAsync(TesseraDbContext db, long from, long to)
    {
        var entries = await db.AuditEntries.AsNoTracking().ToDictionaryAsync(e => e.Id);
        var seals = await db.AuditSeals.AsNoTracking().OrderBy(s => s.ChainIndex).ToListAsync();
        var hashes = new Dictionary<long, byte[]>();
        var previous = AuditCanonical.GenesisHash;
        foreach (var seal in seals)
        {
            var hash = seal.Hash;
            if (seal.ChainIndex >= from && seal.ChainIndex <= to && entries.TryGetValue(seal.EntryId, out var entry))
            {
                hash = AuditCanonical.Hash(previous, entry, seal.ChainIndex);
                await Sql(db, "UPDATE audit_seals SET \"Hash\" = {0} WHERE \"ChainIndex\" = {1}", hash, seal.ChainIndex);
            }

            hashes[seal.ChainIndex] = hash;
            previous = hash;
        }

        return hashes;
    }

    private static async Task DropTriggersAsync(TesseraDbContext db)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync(
                "DROP TRIGGER IF EXISTS audit_entries_no_update; DROP TRIGGER IF EXISTS audit_entries_no_delete; " +
                "DROP TRIGGER IF EXISTS audit_seals_no_update; DROP TRIGGER IF EXISTS audit_seals_no_delete; " +
                "DROP TRIGGER IF EXISTS audit_checkpoints_no_update; DROP TRIGGER IF EXISTS audit_checkpoints_no_delete;");
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("DROP FUNCTION IF EXISTS tessera_audit_append_only() CASCADE");
        }
    }

    private static Task<int> Sql(TesseraDbContext db, string sql, params object[] values) => db.Database.ExecuteSqlRawAsync(sql, values);
}
