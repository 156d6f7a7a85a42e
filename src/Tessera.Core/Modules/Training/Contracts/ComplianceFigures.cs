using Tessera.Core.Modules.Training.Models;

namespace Tessera.Core.Modules.Training.Contracts;

/// <summary>Counts only, for one agency and one priority group: how many people it applies to and how many are overdue.</summary>
public sealed record ComplianceFigure(Guid AgencyId, string AgencyName, PriorityGroup Group, int People, int Compliant)
{
    public int Overdue => People - Compliant;
}

/// <summary>One practitioner's standing against every requirement that applies to them.</summary>
public sealed record PractitionerCompliance(Guid PractitionerId, string DisplayName, string? JobTitle, IReadOnlyList<RequirementStatus> Statuses)
{
    public bool IsCompliant => Statuses.All(s => s.IsCompliant);
}
