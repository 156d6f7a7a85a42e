using Tessera.Core.Modules.Children.Identifiers;

namespace Tessera.Core.Seeding;

/// <summary>
/// Valid, unique, obviously synthetic identifiers. NHS numbers start 999 (the range the NHS keeps for testing) and,
/// past 100,000 children, 998, 997 and so on; second numbers issued in error start 989 downwards. UPNs use the
/// made-up local authority code 999. Every child index maps to a different number, so no two children share one.
/// </summary>
public static class SyntheticIdentifiers
{
    public const int MaxChildren = 1_000_000;

    public static string NhsNumberFor(int seed, int childIndex, bool duplicate = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(childIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(childIndex, MaxChildren);
        var prefix = (duplicate ? 989 : 999) - (childIndex / 100_000);
        var offset = SeedRandom.Mix(seed, duplicate ? 11 : 10, 0) % 100_000;
        var body = ((childIndex % 100_000) * 65_537L + offset) % 100_000;
        Span<char> digits = stackalloc char[9];
        $"{prefix:D3}{body:D5}0".AsSpan().CopyTo(digits);
        var start = (int)(body % 10);
        for (var step = 0; step < 10; step++)
        {
            digits[8] = (char)('0' + ((start + step) % 10));
            if (NhsNumber.CheckDigit(digits) is { } check)
            {
                return new string(digits) + (char)('0' + check);
            }
        }

        throw new InvalidOperationException("No check digit found; unreachable because the last digit's weight is coprime to 11.");
    }

    public static string UniquePupilNumberFor(int seed, int childIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(childIndex);
        var offset = SeedRandom.Mix(seed, 12, 0) % 100_000_000;
        var body = (childIndex * 48_271L + offset) % 100_000_000;
        var lastDigit = SeedRandom.Mix(seed, 13, childIndex) % 10;
        var twelve = $"999{body:D8}{lastDigit}";
        return UniquePupilNumber.CheckLetter(twelve) + twelve;
    }
}
