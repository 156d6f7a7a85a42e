using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Modules.Barriers.Models;

/// <summary>An information-sharing barrier a practitioner met. Never about a named child; the reporter sees the response.</summary>
public class BarrierReport
{
    public const int DescriptionMaxLength = 4000;
    public const int ResponseMaxLength = 4000;

    public Guid Id { get; set; }
    public BarrierType Type { get; set; }
    public required string Description { get; set; }

    /// <summary>Agency types involved, stored as "|Police|School|" (as in the practice library).</summary>
    public string AgencyTypes { get; set; } = "|";

    public Guid ReportedById { get; set; }
    public Guid ReportedByAgencyId { get; set; }

    /// <summary>Kept so the aggregate export counts by agency type without joining to people.</summary>
    public AgencyType ReportedByAgencyType { get; set; }

    public DateTimeOffset ReportedAt { get; set; }
    public BarrierStatus Status { get; set; }
    public string? Response { get; set; }
    public Guid? RespondedById { get; set; }
    public DateTimeOffset? RespondedAt { get; set; }
    public Guid Version { get; set; }
}
