using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Tessera.Core.Modules.Audit.Models;

namespace Tessera.Core.Modules.Audit.Chain;

/// <summary>
/// The canonical bytes of an audit entry at its place in the chain, and the chain hash over them. The layout is fixed
/// and versioned (docs/adr/0003-audit-chain.md) so any tool can recompute the chain without Tessera's code:
/// version byte 1; chain index, entry id, time (microseconds since 1970-01-01 UTC) as big-endian int64; action and
/// actor kind as big-endian int32; then actor id, actor agency id, subject type, subject id, child record id,
/// emergency access id, process id, detail. A GUID is a presence byte (0 or 1) then 16 bytes in RFC 9562 (big-endian)
/// order; text is a big-endian int32 UTF-8 length (-1 for none) then the bytes.
/// </summary>
public static class AuditCanonical
{
    public const byte Version = 1;

    public static readonly byte[] GenesisHash = new byte[AuditSeal.HashLength];

    /// <summary>Appends the entry's canonical bytes to <paramref name="buffer"/> (cleared first).</summary>
    public static void Write(AuditEntry entry, long chainIndex, ByteBuffer buffer)
    {
        buffer.Clear();
        Append(entry, chainIndex, buffer);
    }

    private static void Append(AuditEntry entry, long chainIndex, ByteBuffer buffer)
    {
        buffer.Byte(Version);
        buffer.Int64(chainIndex);
        buffer.Int64(entry.Id);
        buffer.Int64((entry.At.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond);
        buffer.Int32((int)entry.Action);
        buffer.Int32((int)entry.ActorKind);
        buffer.Guid(entry.ActorId);
        buffer.Guid(entry.ActorAgencyId);
        buffer.Text(entry.SubjectType);
        buffer.Guid(entry.SubjectId);
        buffer.Guid(entry.ChildRecordId);
        buffer.Guid(entry.EmergencyAccessId);
        buffer.Guid(entry.ProcessId);
        buffer.Text(entry.Detail);
    }

    public static byte[] Bytes(AuditEntry entry, long chainIndex)
    {
        var buffer = new ByteBuffer();
        Write(entry, chainIndex, buffer);
        return buffer.Span.ToArray();
    }

    /// <summary>SHA-256(previous hash ‖ canonical bytes), written into <paramref name="hash"/>.</summary>
    public static void Hash(ReadOnlySpan<byte> previous, AuditEntry entry, long chainIndex, ByteBuffer buffer, Span<byte> hash)
    {
        buffer.Clear();
        buffer.Raw(previous);
        Append(entry, chainIndex, buffer);
        SHA256.HashData(buffer.Span, hash);
    }

    public static byte[] Hash(ReadOnlySpan<byte> previous, AuditEntry entry, long chainIndex)
    {
        var hash = new byte[AuditSeal.HashLength];
        Hash(previous, entry, chainIndex, new ByteBuffer(), hash);
        return hash;
    }
}

/// <summary>A growable byte buffer reused across entries so hashing a million of them allocates almost nothing.</summary>
public sealed class ByteBuffer
{
    private byte[] _bytes = new byte[512];
    private int _length;

    public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, _length);

    public void Clear() => _length = 0;

    public void Raw(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Take(bytes.Length));

    public void Byte(byte value) => Take(1)[0] = value;

    public void Int32(int value) => BinaryPrimitives.WriteInt32BigEndian(Take(4), value);

    public void Int64(long value) => BinaryPrimitives.WriteInt64BigEndian(Take(8), value);

    public void Guid(Guid? value)
    {
        Byte(value.HasValue ? (byte)1 : (byte)0);
        if (value is { } guid)
        {
            guid.TryWriteBytes(Take(16), bigEndian: true, out _);
        }
    }

    public void Text(string? value)
    {
        if (value is null)
        {
            Int32(-1);
            return;
        }

        var length = Encoding.UTF8.GetByteCount(value);
        Int32(length);
        Encoding.UTF8.GetBytes(value, Take(length));
    }

    private Span<byte> Take(int count)
    {
        if (_length + count > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + count));
        }

        var span = _bytes.AsSpan(_length, count);
        _length += count;
        return span;
    }
}
