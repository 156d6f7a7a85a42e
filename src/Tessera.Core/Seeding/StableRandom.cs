namespace Tessera.Core.Seeding;

/// <summary>
/// SplitMix64 behind the <see cref="Random"/> API: a 64-bit seed, and the same sequence on every .NET version.
/// Only the members the generator uses are overridden; each maps 64 random bits onto the range without bias worth noticing.
/// </summary>
internal sealed class StableRandom(ulong seed) : Random(0)
{
    private ulong _state = seed;

    public override int Next() => (int)(NextUInt64() >> 33);

    public override int Next(int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (int)(((NextUInt64() >> 32) * (ulong)maxValue) >> 32);
    }

    public override int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        var range = (ulong)((long)maxValue - minValue);
        return (int)(minValue + (long)(((NextUInt64() >> 32) * range) >> 32));
    }

    public override double NextDouble() => Sample();

    public override void NextBytes(byte[] buffer) => NextBytes(buffer.AsSpan());

    public override void NextBytes(Span<byte> buffer)
    {
        for (var i = 0; i < buffer.Length; i += 8)
        {
            var bits = NextUInt64();
            for (var j = 0; j < 8 && i + j < buffer.Length; j++)
            {
                buffer[i + j] = (byte)(bits >> (8 * j));
            }
        }
    }

    protected override double Sample() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    private ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return SeedRandom.Finalise(_state);
    }
}
