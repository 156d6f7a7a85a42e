namespace Tessera.Core.Modules.Practice.Models;

/// <summary>A practitioner found an example helpful; one per practitioner per example (the key enforces it).</summary>
public class HelpfulMark
{
    public Guid PracticeExampleId { get; set; }
    public Guid PractitionerId { get; set; }
    public DateTimeOffset MarkedAt { get; set; }
}
