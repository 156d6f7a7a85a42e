using System.Text.RegularExpressions;

namespace Tessera.Core.Modules.Sharing.Advice;

/// <summary>
/// Spots what looks like a name, an NHS number or a date of birth in an advice summary. A warning, not a block:
/// the practitioner knows the text, and a false alarm ("Children's Services") must not stop them asking for help.
/// </summary>
public static partial class AnonymisationCheck
{
    [GeneratedRegex(@"\b\d{3}[ -]?\d{3}[ -]?\d{4}\b")]
    private static partial Regex NhsNumberLike();

    [GeneratedRegex(@"\b(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}(st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\s+\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateLike();

    [GeneratedRegex(@"\b(Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z]+")]
    private static partial Regex Honorific();

    [GeneratedRegex(@"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")]
    private static partial Regex CapitalisedPair();

    /// <summary>Capitalised words that are common in safeguarding writing and are not names.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "This", "That", "He", "She", "They", "I", "We", "Her", "His", "Their", "Our", "My", "On", "In", "At", "After", "Before",
        "When", "Since", "Mum", "Mother", "Dad", "Father", "Child", "Children", "Children's", "Social", "Care", "Services", "School", "Police",
        "Health", "Visitor", "Nurse", "Year", "Early", "Help", "Team", "Hospital", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Christmas", "Easter", "Should", "Can", "Is", "Do", "Does", "Would", "Could", "GP", "MASH", "DSL", "Designated", "Safeguarding",
        "Lead", "Officer", "Privacy", "Local", "Authority", "Court", "Order", "Plan", "Protection", "Family", "Brother", "Sister", "Grandmother",
        "Grandfather", "Aunt", "Uncle", "Partner", "Boyfriend", "Girlfriend", "Stepfather", "Stepmother", "Reception", "Primary", "Secondary",
    };

    public static IReadOnlyList<string> Warnings(string? text)
    {
        var warnings = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return warnings;
        }

        if (Honorific().IsMatch(text) || CapitalisedPair().Matches(text).Any(m => !NotNames.Contains(m.Groups[1].Value) && !NotNames.Contains(m.Groups[2].Value)))
        {
            warnings.Add("It looks like it contains a name");
        }

        if (NhsNumberLike().IsMatch(text))
        {
            warnings.Add("It looks like it contains an NHS number");
        }

        if (DateLike().IsMatch(text))
        {
            warnings.Add("It looks like it contains a date, which could be a date of birth");
        }

        return warnings;
    }
}
