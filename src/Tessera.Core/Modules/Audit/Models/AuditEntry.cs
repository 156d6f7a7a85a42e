using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Audit.Models;

/// <summary>
/// One line of the append-only audit log. It holds ids and categories only — never a child's name, date of birth or
/// NHS number — so the log can be kept longer than the records it describes and shown to privacy officers.
/// The row is written in the same transaction as the action; <see cref="AuditSeal"/> later fixes its place in the
/// hash chain.
/// </summary>
public class AuditEntry
{
    public const int SubjectTypeMaxLength = 40;
    public const int DetailMaxLength = 4000;

    /// <summary>Insertion order. The chain order is the seal's index, because on PostgreSQL ids commit out of order.</summary>
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public AuditAction Action { get; set; }
    public ActorKind ActorKind { get; set; }
    public Guid? ActorId { get; set; }
    public Guid? ActorAgencyId { get; set; }

    /// <summary>A short category such as "child", "concern", "practitioner", "route".</summary>
    public string? SubjectType { get; set; }
    public Guid? SubjectId { get; set; }

    /// <summary>The child record the entry is about, so "who viewed this child" is one index lookup.</summary>
    public Guid? ChildRecordId { get; set; }

    /// <summary>Set on every read made under emergency access.</summary>
    public Guid? EmergencyAccessId { get; set; }
    public Guid? ProcessId { get; set; }

    /// <summary>Compact JSON of ids and categories (for a search: the kinds of term, their keyed hashes and the ids returned).</summary>
    public string? Detail { get; set; }
}
