namespace Tessera.Linkage.Standardisation;

/// <summary>
/// UK postcodes in one form ("sw1a1aa" → "SW1A 1AA") with their district ("SW1A") and sector ("SW1A 1"). A code that is
/// not a UK postcode (other countries' test data) is kept as cleaned text, its "district" being all but its last character.
/// </summary>
public readonly record struct Postcode(string Full, string District, string Sector)
{
    public static readonly Postcode Missing = new("", "", "");

    public bool IsMissing => Full.Length == 0;

    public static Postcode Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Missing;
        }

        Span<char> compact = stackalloc char[Math.Min(text.Length, 16)];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (length == compact.Length)
                {
                    return Missing;
                }

                compact[length++] = char.ToUpperInvariant(c);
            }
        }

        if (length == 0)
        {
            return Missing;
        }

        var code = compact[..length];
        if (length is >= 5 and <= 7 && char.IsDigit(code[length - 3]) && char.IsLetter(code[length - 2]) && char.IsLetter(code[length - 1]) && char.IsLetter(code[0]))
        {
            var outward = new string(code[..(length - 3)]);
            var inward = new string(code[(length - 3)..]);
            return new Postcode($"{outward} {inward}", outward, $"{outward} {inward[0]}");
        }

        var full = new string(code);
        return new Postcode(full, length > 1 ? full[..^1] : full, full);
    }
}
