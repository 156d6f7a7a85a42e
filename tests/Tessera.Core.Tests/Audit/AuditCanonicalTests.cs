using Tessera.Core.Modules.Audit.Chain;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Processes;

namespace Tessera.Core.Tests.Audit;

public class AuditCanonicalTests
{
    private static AuditEntry Fixed() => new()
    {
        Id = 42,
        At = new DateTimeOffset(2026, 11, 24, 10, 30, 15, TimeSpan.Zero).AddTicks(1234560),
        Action = AuditAction.Read,
        ActorKind = ActorKind.Practitioner,
        ActorId = Guid.Parse("00112233-4455-6677-8899-aabbccddeeff"),
        ActorAgencyId = null,
        SubjectType = "child",
        SubjectId = Guid.Parse("ffeeddcc-bbaa-9988-7766-554433221100"),
        ChildRecordId = Guid.Parse("ffeeddcc-bbaa-9988-7766-554433221100"),
        EmergencyAccessId = null,
        ProcessId = null,
        Detail = "{\"é\":1}",
    };

    [Fact]
    public void The_canonical_layout_is_fixed()
    {
        var expected =
            "01" + "0000000000000007" + "000000000000002a" + "000661033230de00" + "00000001" + "00000001"
            + "01" + "00112233445566778899aabbccddeeff" + "00"
            + "00000005" + "6368696c64"
            + "01ffeeddccbbaa99887766554433221100" + "01ffeeddccbbaa99887766554433221100" + "00" + "00"
            + "00000008" + "7b22c3a9223a317d";

        Assert.Equal(expected, Convert.ToHexStringLower(AuditCanonical.Bytes(Fixed(), chainIndex: 7)));
    }

    [Fact]
    public void The_chain_hash_of_a_fixed_entry_never_changes()
    {
        var hash = AuditCanonical.Hash(AuditCanonical.GenesisHash, Fixed(), chainIndex: 7);

        Assert.Equal("cd3978bd694852b44582bb6b0e966dcefce9652edc3a6fb4f8308c2ca1fa3973", Convert.ToHexStringLower(hash));
    }

    [Fact]
    public void Every_field_and_the_chain_position_change_the_hash()
    {
        var original = Convert.ToHexStringLower(AuditCanonical.Hash(AuditCanonical.GenesisHash, Fixed(), 7));
        var changes = new Action<AuditEntry>[]
        {
            e => e.Id++, e => e.At = e.At.AddTicks(10), e => e.Action = AuditAction.Search, e => e.ActorKind = ActorKind.System,
            e => e.ActorId = null, e => e.ActorAgencyId = Guid.Empty, e => e.SubjectType = null, e => e.SubjectType = "Child",
            e => e.SubjectId = null, e => e.ChildRecordId = Guid.NewGuid(), e => e.EmergencyAccessId = Guid.NewGuid(),
            e => e.ProcessId = Guid.NewGuid(), e => e.Detail = null, e => e.Detail = "",
        };

        var hashes = changes.Select(change =>
        {
            var entry = Fixed();
            change(entry);
            return Convert.ToHexStringLower(AuditCanonical.Hash(AuditCanonical.GenesisHash, entry, 7));
        }).Append(Convert.ToHexStringLower(AuditCanonical.Hash(AuditCanonical.GenesisHash, Fixed(), 8)))
            .Append(Convert.ToHexStringLower(AuditCanonical.Hash(new byte[32].Select(_ => (byte)1).ToArray(), Fixed(), 7)))
            .ToList();

        Assert.DoesNotContain(original, hashes);
        Assert.Equal(hashes.Count, hashes.Distinct().Count());
    }
}
