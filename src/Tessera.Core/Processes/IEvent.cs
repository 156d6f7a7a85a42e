namespace Tessera.Core.Processes;

/// <summary>
/// A past-tense fact about a change. Events hold ids and categories, never a child's name,
/// so the event log can later feed the audit trail without exposing child-level data.
/// </summary>
public interface IEvent
{
    /// <summary>The id of the thing the event is about (a concern, a child record, a practitioner).</summary>
    Guid SubjectId { get; }
}
