namespace Tessera.Core.Seeding;

/// <summary>Deterministic helpers over <see cref="Random"/>: the same seed always gives the same partnership.</summary>
internal static class SeedRandom
{
    /// <summary>A well-mixed seed for item <paramref name="index"/> of stream <paramref name="stream"/>, so each child can be generated on its own.</summary>
    public static int Mix(int seed, int stream, int index)
    {
        var z = ((ulong)(uint)seed << 32) ^ ((ulong)(uint)stream << 48) ^ (uint)index;
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF);
    }

    /// <summary>
    /// A random source for item <paramref name="index"/> of stream <paramref name="stream"/>. Its 64-bit state is a
    /// bijection of (seed, stream, index), so no two children ever share a stream (31-bit seeds collided at 100,000).
    /// </summary>
    public static Random For(int seed, int stream, int index)
    {
        var z = ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)(uint)stream << 40) ^ (uint)index;
        return new StableRandom(Finalise(z));
    }

    internal static ulong Finalise(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public static bool Chance(this Random rng, double probability) => rng.NextDouble() < probability;

    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    public static int PickWeighted(this Random rng, ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var target = rng.NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            target -= weights[i];
            if (target < 0 && weights[i] > 0)
            {
                return i;
            }
        }

        for (var i = weights.Length - 1; i >= 0; i--)
        {
            if (weights[i] > 0)
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>A version 7 style id whose time part is <paramref name="at"/> and whose other bits come from the seeded random source.</summary>
    public static Guid NextId(this Random rng, DateTimeOffset at)
    {
        Span<byte> bytes = stackalloc byte[16];
        rng.NextBytes(bytes);
        var ms = (ulong)Math.Max(0, at.ToUnixTimeMilliseconds());
        bytes[0] = (byte)(ms >> 40);
        bytes[1] = (byte)(ms >> 32);
        bytes[2] = (byte)(ms >> 24);
        bytes[3] = (byte)(ms >> 16);
        bytes[4] = (byte)(ms >> 8);
        bytes[5] = (byte)ms;
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x70);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>A time between <paramref name="from"/> and <paramref name="to"/>, to the whole second.</summary>
    public static DateTimeOffset Between(this Random rng, DateTimeOffset from, DateTimeOffset to)
    {
        var seconds = Math.Max(0, (long)(to - from).TotalSeconds);
        return from.AddSeconds(Math.Floor(rng.NextDouble() * seconds));
    }

    public static string Digits(this Random rng, int count)
    {
        Span<char> chars = stackalloc char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = (char)('0' + rng.Next(10));
        }

        return new string(chars);
    }
}
