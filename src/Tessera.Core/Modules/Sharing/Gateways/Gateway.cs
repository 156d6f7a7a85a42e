using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Sharing.Contracts;

namespace Tessera.Core.Modules.Sharing.Gateways;

/// <summary>
/// One gateway as it stood in one registry version. Every version holds its own full copy of each gateway, so a past
/// decision can be read against exactly the wording its version had, and rows are never edited.
/// </summary>
public class Gateway
{
    public const int CodeMaxLength = 40;
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 1000;

    public Guid Id { get; set; }
    public int RegistryVersion { get; set; }

    /// <summary>Where the gateway sits in its version's list; suggestions list gateways in this order.</summary>
    public int Position { get; set; }
    public required string Code { get; set; }
    public required string Title { get; set; }
    public required string AppliesTo { get; set; }
    public GatewayKind Kind { get; set; }
    public required string Allows { get; set; }

    /// <summary>Agency type numbers, comma-separated; empty means any. Kept as text so both providers store it alike.</summary>
    public string SenderTypes { get; set; } = "";

    public string RecipientTypes { get; set; } = "";
    public string Purposes { get; set; } = "";
    public DataCategories RequiresData { get; set; }
    public bool InForce { get; set; }
    public bool CreatesLegalObligation { get; set; }

    public GatewayEntry ToEntry() => new(Code, Title, AppliesTo, Kind, Allows,
        Parse<AgencyType>(SenderTypes), Parse<AgencyType>(RecipientTypes), Parse<SharingPurpose>(Purposes), RequiresData, InForce, CreatesLegalObligation);

    public static Gateway From(GatewayEntry entry, int version, int position, Guid id) => new()
    {
        Id = id,
        RegistryVersion = version,
        Position = position,
        Code = entry.Code,
        Title = entry.Title,
        AppliesTo = entry.AppliesTo,
        Kind = entry.Kind,
        Allows = entry.Allows,
        SenderTypes = Join(entry.SenderTypes),
        RecipientTypes = Join(entry.RecipientTypes),
        Purposes = Join(entry.Purposes),
        RequiresData = entry.RequiresData,
        InForce = entry.InForce,
        CreatesLegalObligation = entry.CreatesLegalObligation,
    };

    public static string Join<T>(IEnumerable<T> values)
        where T : struct, Enum => string.Join(",", values.Select(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)));

    public static IReadOnlyList<T> Parse<T>(string text)
        where T : struct, Enum => text.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => (T)Enum.ToObject(typeof(T), int.Parse(t, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
}
