using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Tessera.Core.Modules.Audit.Models;

namespace Tessera.Core.Modules.Audit.Chain;

/// <summary>What a checkpoint signs, and the export file that lets an auditor keep checkpoints outside the database.</summary>
public static class AuditCheckpointSigning
{
    private static readonly byte[] Label = Encoding.ASCII.GetBytes("tessera audit checkpoint v1\n");

    /// <summary>Label ‖ chain index (int64 BE) ‖ head hash (32 bytes) ‖ signed at (int64 BE milliseconds since 1970 UTC).</summary>
    public static byte[] Payload(long chainIndex, ReadOnlySpan<byte> headHash, DateTimeOffset signedAt)
    {
        var payload = new byte[Label.Length + 8 + headHash.Length + 8];
        Label.CopyTo(payload, 0);
        var span = payload.AsSpan(Label.Length);
        BinaryPrimitives.WriteInt64BigEndian(span, chainIndex);
        headHash.CopyTo(span[8..]);
        BinaryPrimitives.WriteInt64BigEndian(span[(8 + headHash.Length)..], signedAt.ToUnixTimeMilliseconds());
        return payload;
    }

    public static AuditCheckpoint Create(AuditSigningKey key, long chainIndex, byte[] headHash, DateTimeOffset now)
    {
        // Whole milliseconds: both databases store them exactly, so the signed time reads back unchanged.
        var signedAt = DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds());
        return new AuditCheckpoint
        {
            ChainIndex = chainIndex,
            HeadHash = headHash,
            SignedAt = signedAt,
            KeyId = key.PublicKey.KeyId,
            PublicKey = key.PublicKey.SubjectPublicKeyInfo,
            Signature = key.Sign(Payload(chainIndex, headHash, signedAt)),
        };
    }

    public static bool Verify(AuditPublicKey key, AuditCheckpoint checkpoint) =>
        checkpoint.HeadHash.Length == AuditSeal.HashLength
        && key.Verify(Payload(checkpoint.ChainIndex, checkpoint.HeadHash, checkpoint.SignedAt), checkpoint.Signature);
}

/// <summary>The JSON file written by <c>tessera audit export-checkpoints</c>.</summary>
public sealed record AuditCheckpointFile
{
    public const string FormatName = "tessera-audit-checkpoints";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    [JsonPropertyName("format")]
    public string Format { get; init; } = FormatName;

    [JsonPropertyName("version")]
    public int Version { get; init; } = 1;

    [JsonPropertyName("checkpoints")]
    public List<Item> Checkpoints { get; init; } = [];

    public static AuditCheckpointFile From(IEnumerable<AuditCheckpoint> checkpoints) => new()
    {
        Checkpoints = checkpoints.Select(c => new Item(c.ChainIndex, Convert.ToHexStringLower(c.HeadHash), c.SignedAt, c.KeyId,
            Convert.ToBase64String(c.PublicKey), Convert.ToBase64String(c.Signature))).ToList(),
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads and checks a checkpoints file; anything else (truncated, foreign, garbage) is one clear error.</summary>
    public static IReadOnlyList<AuditCheckpoint> Read(string path)
    {
        var text = AuditFiles.ReadText(path, "checkpoints file");
        AuditCheckpointFile? file;
        try
        {
            file = JsonSerializer.Deserialize<AuditCheckpointFile>(text, Json);
        }
        catch (JsonException)
        {
            throw new AuditFileException($"The checkpoints file '{path}' is not a Tessera audit checkpoints file (it is not complete, valid JSON)");
        }

        if (file is null || file.Format != FormatName)
        {
            throw new AuditFileException($"The checkpoints file '{path}' is not a Tessera audit checkpoints file (its format is not '{FormatName}')");
        }

        if (file.Version != 1)
        {
            throw new AuditFileException($"The checkpoints file '{path}' has version {file.Version}; this Tessera reads version 1");
        }

        try
        {
            return file.Checkpoints.Select(c => new AuditCheckpoint
            {
                ChainIndex = c.ChainIndex,
                HeadHash = Convert.FromHexString(c.HeadHash),
                SignedAt = c.SignedAt,
                KeyId = c.KeyId,
                PublicKey = Convert.FromBase64String(c.PublicKey),
                Signature = Convert.FromBase64String(c.Signature),
            }).ToList();
        }
        catch (Exception ex) when (ex is FormatException or ArgumentNullException)
        {
            throw new AuditFileException($"The checkpoints file '{path}' has a checkpoint with a malformed hash, key or signature");
        }
    }

    public sealed record Item(
        [property: JsonPropertyName("chainIndex")] long ChainIndex,
        [property: JsonPropertyName("headHash")] string HeadHash,
        [property: JsonPropertyName("signedAt")] DateTimeOffset SignedAt,
        [property: JsonPropertyName("keyId")] string KeyId,
        [property: JsonPropertyName("publicKey")] string PublicKey,
        [property: JsonPropertyName("signature")] string Signature);
}
