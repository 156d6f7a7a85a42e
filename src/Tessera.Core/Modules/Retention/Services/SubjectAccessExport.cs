using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Retention.Contracts;
using Tessera.Core.Modules.Retention.Events;
using Tessera.Core.Processes;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Retention.Services;

/// <summary>
/// A subject access export: everything Tessera holds about a child or an adult, as a ZIP of JSON files and a readable
/// HTML summary, with shielded values withheld and third parties' details redacted. Made by the privacy officer of the
/// agency that holds the record. The ZIP is built in memory first; only then is the export recorded (a process with
/// its event and an Export audit entry, ids only), so a failure leaves nothing behind.
/// </summary>
public sealed class SubjectAccessExport(TesseraDbContext db, AccessService access, IEnumerable<ISubjectAccessSource> sources)
{
    public const string ChooseChild = "Choose a child your agency holds a record of";

    public async Task<Outcome<SubjectAccessFile>> ExportAsync(SubjectAccessRequest request, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        var who = process.Actor.Id is { } actorId ? await access.PractitionerAsync(actorId, cancellationToken) : null;
        if (who is null || who.Disabled || (who.Roles & PractitionerRoles.PrivacyOfficer) == 0)
        {
            errors.Add("Subject", "Only a privacy officer can make a subject access export");
            return Outcome<SubjectAccessFile>.Failure(errors);
        }

        var byAdultName = request.AdultName is not null || request.AdultPostcode is not null;
        var chosen = (request.ChildRecordId is null ? 0 : 1) + (request.RelatedAdultId is null ? 0 : 1) + (byAdultName ? 1 : 0);
        if (chosen != 1)
        {
            errors.Add("Subject", "Choose one child or one adult to export");
            return Outcome<SubjectAccessFile>.Failure(errors);
        }

        var context = new ExportContext(new SubjectAccessRedactor(),
            await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken),
            await db.ConcernCategories.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, cancellationToken));
        SubjectAccessContent? content;
        if (request.ChildRecordId is { } childId)
        {
            content = await ChildAsync(childId, process.Actor, context, cancellationToken);
            if (content is null)
            {
                errors.Add("ChildRecordId", ChooseChild);
            }
        }
        else
        {
            var entries = await new AdultFinder(db, access).FindAsync(request, process.Actor, errors, cancellationToken);
            content = entries is null ? null : await new AdultExport(this, db).BuildAsync(entries, context, cancellationToken);
        }

        if (content is null || !errors.IsValid)
        {
            return Outcome<SubjectAccessFile>.Failure(errors);
        }

        foreach (var source in sources)
        {
            content.Sections[source.Section] = await source.EntriesAsync(content.ChildRecordIds, cancellationToken);
        }

        var bytes = SubjectAccessPackage.Build(content, context.Redactor, process, context.Agencies);
        var subjectId = content.SubjectIds[0];
        if (content.ChildRecordIds.Count == 1)
        {
            process.AboutChild(content.ChildRecordIds.First());
        }

        process.Publish(new SubjectAccessExported(subjectId, content.Kind, content.ChildRecordIds.Count, content.Concerns.Count,
            content.Audit.Count, context.Redactor.Withheld.Count, context.Redactor.ThirdPartyCount));
        await process.CompleteAsync(db, cancellationToken);
        return Outcome<SubjectAccessFile>.Success(new SubjectAccessFile($"subject-access-{process.Now:yyyy-MM-dd}.zip", bytes, process.Process.Id));
    }

    private async Task<SubjectAccessContent?> ChildAsync(Guid childId, Actor actor, ExportContext context, CancellationToken cancellationToken)
    {
        var decision = await access.DecideAsync(actor, childId, AccessPurpose.DataRights, cancellationToken);
        if (!decision.Allowed)
        {
            return null;
        }

        var child = await db.ChildRecords.AsNoTracking().AsSplitQuery().Include(c => c.Aliases).Include(c => c.RelatedAdults)
            .SingleAsync(c => c.Id == childId, cancellationToken);
        var concerns = await ConcernsAsync(await db.AboutChildAsync(childId, cancellationToken), cancellationToken);
        var shields = await ActiveShieldsAsync([childId], concerns.Select(c => c.Id).ToList(), cancellationToken);

        // Other children: a concern's main child when the subject is linked to it, and every child linked to a concern.
        var others = concerns.Select(c => c.ChildRecordId).Concat(concerns.SelectMany(c => c.LinkedChildren.Select(l => l.ChildRecordId)))
            .Where(id => id != childId).Distinct().ToList();
        context.Redactor.ThirdPartyNames(await NamesOfChildrenAsync(others, cancellationToken),
            child.Aliases.Select(a => $"{a.GivenName} {a.FamilyName}").Append(child.FullName));

        var record = new SubjectAccessChildJson(context, shields).Child(child);
        var concernJson = concerns.Select(c => new SubjectAccessConcernJson(context, shields, childId).Concern(c)).ToList();
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.ChildRecordId == childId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return new SubjectAccessContent("child", [childId], [childId], record, concernJson, audit);
    }

    internal async Task<List<Concern>> ConcernsAsync(System.Linq.Expressions.Expression<Func<Concern, bool>> which, CancellationToken cancellationToken) =>
        await db.Concerns.AsNoTracking().AsSplitQuery()
            .Include(c => c.Actions).Include(c => c.Amendments).Include(c => c.LinkedChildren)
            .Where(which).OrderBy(c => c.OccurredAt).ToListAsync(cancellationToken);

    /// <summary>Shields that are in force: an active shield never leaves Tessera.</summary>
    internal async Task<List<Shield>> ActiveShieldsAsync(IReadOnlyCollection<Guid> childIds, IReadOnlyCollection<Guid> concernIds, CancellationToken cancellationToken)
    {
        var shields = await db.Shields.AsNoTracking().Include(s => s.Viewers)
            .Where(s => s.UnshieldedAt == null && (childIds.Contains(s.ChildRecordId) || (s.TargetId != null && concernIds.Contains(s.TargetId.Value))))
            .ToListAsync(cancellationToken);
        return shields.Where(s => !ShieldRules.MayLeave(s)).ToList();
    }

    internal async Task<List<string>> NamesOfChildrenAsync(IReadOnlyCollection<Guid> childIds, CancellationToken cancellationToken)
    {
        var children = await db.ChildRecords.AsNoTracking().Where(c => childIds.Contains(c.Id))
            .Select(c => new { c.GivenName, c.FamilyName }).ToListAsync(cancellationToken);
        var aliases = await db.ChildAliases.AsNoTracking().Where(a => childIds.Contains(a.ChildRecordId))
            .Select(a => new { a.GivenName, a.FamilyName }).ToListAsync(cancellationToken);
        return children.Concat(aliases).SelectMany(n => new[] { $"{n.GivenName} {n.FamilyName}", n.GivenName, n.FamilyName }).ToList();
    }
}

/// <summary>What one export holds, ready to be written out.</summary>
public sealed record SubjectAccessContent(
    string Kind,
    IReadOnlyList<Guid> SubjectIds,
    IReadOnlyCollection<Guid> ChildRecordIds,
    JsonObject Record,
    IReadOnlyList<JsonNode> Concerns,
    IReadOnlyList<AuditEntry> Audit)
{
    public Dictionary<string, IReadOnlyList<SubjectAccessEntry>?> Sections { get; } = new() { ["shares"] = null, ["decisions"] = null };
}

/// <summary>Lookups and the redactor, shared by the parts of one export.</summary>
public sealed record ExportContext(SubjectAccessRedactor Redactor, IReadOnlyDictionary<Guid, string> Agencies, IReadOnlyDictionary<string, string> Categories)
{
    public string AgencyName(Guid id) => Agencies.TryGetValue(id, out var name) ? name : "another agency";
}
