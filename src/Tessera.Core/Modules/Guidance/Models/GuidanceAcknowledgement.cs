namespace Tessera.Core.Modules.Guidance.Models;

/// <summary>A practitioner confirmed they have read a guidance version; one per practitioner per version.</summary>
public class GuidanceAcknowledgement
{
    public Guid GuidanceVersionId { get; set; }
    public Guid PractitionerId { get; set; }
    public DateTimeOffset AcknowledgedAt { get; set; }
}
