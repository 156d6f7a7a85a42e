using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Events;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Children.Identifiers;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Access.Services;

/// <summary>
/// "Break glass": a practitioner with no relationship to a child opens the child's records for a short time, for a
/// stated reason. The owning agency's privacy officers and the case holder are told at once, every read is flagged in
/// the audit log (by <see cref="AccessPolicy"/>), and a privacy officer records whether each use was appropriate.
/// </summary>
public sealed class EmergencyAccessService(TesseraDbContext db, Inbox inbox, AuditTrail audit, AccessService access, EmergencyAccessSettings settings)
{
    public const string NoMatch = "No child record matches these details. Check them, or contact the MASH.";
    public const string InappropriateNote = "A privacy officer reviewed your emergency access and recorded it as inappropriate. Your manager may contact you.";

    /// <summary>
    /// Checks the input and finds the records it identifies, without starting anything (for the confirm page).
    /// The look-up is audited as a search holding the kind of identifier and the ids found, never the identifier.
    /// </summary>
    public async Task<Outcome<IReadOnlyList<EmergencyMatch>>> FindAsync(StartEmergencyAccessInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        await RequireBreakGlassRoleAsync(actor, cancellationToken);
        var errors = Validate(input);
        if (!errors.IsValid)
        {
            return Outcome<IReadOnlyList<EmergencyMatch>>.Failure(errors);
        }

        var matches = await MatchAsync(input, cancellationToken);
        await audit.RecordAsync(AuditAction.Search, actor, "child", null, null, new
        {
            purpose = "emergency-access",
            kind = input.ByNhsNumber ? "nhs-number" : "name-and-date-of-birth",
            results = matches.Select(m => m.ChildRecordId).ToArray(),
        }, cancellationToken: cancellationToken);
        if (matches.Count == 0)
        {
            errors.Add(input.ByNhsNumber ? nameof(input.NhsNumber) : nameof(input.GivenName), NoMatch);
            return Outcome<IReadOnlyList<EmergencyMatch>>.Failure(errors);
        }

        return Outcome<IReadOnlyList<EmergencyMatch>>.Success(matches);
    }

    /// <summary>Starts one emergency access per matched record, in one process, and alerts the people who must know.</summary>
    public async Task<Outcome<IReadOnlyList<EmergencyAccess>>> StartAsync(StartEmergencyAccessInput input, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var practitioner = await RequireBreakGlassRoleAsync(process.Actor, cancellationToken);
        var errors = Validate(input);
        var matches = errors.IsValid ? await MatchAsync(input, cancellationToken) : [];
        if (errors.IsValid && matches.Count == 0)
        {
            errors.Add(input.ByNhsNumber ? nameof(input.NhsNumber) : nameof(input.GivenName), NoMatch);
        }

        if (!errors.IsValid)
        {
            return Outcome<IReadOnlyList<EmergencyAccess>>.Failure(errors);
        }

        var agencyName = await db.Agencies.Where(a => a.Id == practitioner.AgencyId).Select(a => a.Name).SingleAsync(cancellationToken);
        var started = new List<EmergencyAccess>();
        foreach (var match in matches)
        {
            var emergency = new EmergencyAccess
            {
                Id = Guid.CreateVersion7(),
                PractitionerId = practitioner.Id,
                PractitionerAgencyId = practitioner.AgencyId,
                ChildRecordId = match.ChildRecordId,
                OwningAgencyId = match.AgencyId,
                Reason = input.Reason!.Value,
                ReasonText = input.ReasonText!.Trim(),
                StartedAt = process.Now,
                ExpiresAt = process.Now + settings.Duration,
            };
            db.EmergencyAccesses.Add(emergency);
            process.Publish(new EmergencyAccessStarted(emergency.Id, match.ChildRecordId, match.AgencyId, emergency.Reason, emergency.ExpiresAt));
            await AlertAsync(emergency, agencyName, process, cancellationToken);
            if (started.Count == 0)
            {
                process.AboutChild(match.ChildRecordId);
            }
            else
            {
                // The process's own audit entry names the first record; each further record gets its own line.
                audit.Add(AuditAction.EmergencyAccess, process.Actor, "emergency-access", emergency.Id, match.ChildRecordId,
                    new { process = process.Process.Id });
            }

            started.Add(emergency);
        }

        await process.CompleteAsync(db, cancellationToken);
        return Outcome<IReadOnlyList<EmergencyAccess>>.Success(started);
    }

    /// <summary>The practitioner ends their own emergency access before it expires.</summary>
    public async Task EndAsync(Guid emergencyAccessId, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var emergency = await db.EmergencyAccesses.SingleOrDefaultAsync(e => e.Id == emergencyAccessId && e.PractitionerId == process.Actor.Id, cancellationToken)
            ?? throw new NotPermittedException("Only the practitioner who started emergency access can end it.");
        if (!emergency.IsActiveAt(process.Now))
        {
            return;
        }

        emergency.ExpiresAt = process.Now;
        process.Publish(new EmergencyAccessEnded(emergency.Id, emergency.ChildRecordId));
        process.AboutChild(emergency.ChildRecordId);
        await process.CompleteAsync(db, cancellationToken);
    }

    /// <summary>The practitioner's own emergency accesses that have not yet expired, soonest to expire first.</summary>
    public async Task<IReadOnlyList<(EmergencyAccess Access, string AgencyName)>> ActiveAsync(Guid practitionerId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var rows = await db.EmergencyAccesses.AsNoTracking()
            .Where(e => e.PractitionerId == practitionerId && e.ExpiresAt > now)
            .Join(db.Agencies, e => e.OwningAgencyId, a => a.Id, (e, a) => new { Access = e, a.Name })
            .ToListAsync(cancellationToken);
        return rows.Where(r => r.Access.IsActiveAt(now)).OrderBy(r => r.Access.ExpiresAt).Select(r => (r.Access, r.Name)).ToList();
    }

    /// <summary>Uses of emergency access to the privacy officer's agency's records, waiting for review or already reviewed.</summary>
    public async Task<IReadOnlyList<EmergencyUse>> ForReviewAsync(Actor actor, bool reviewed, CancellationToken cancellationToken = default)
    {
        var officer = await RequirePrivacyOfficerAsync(actor, cancellationToken);
        var uses = await Uses(db.EmergencyAccesses.Where(e => e.OwningAgencyId == officer.AgencyId && (e.ReviewOutcome != null) == reviewed))
            .ToListAsync(cancellationToken);
        return uses.OrderByDescending(u => u.StartedAt).ToList();
    }

    /// <summary>
    /// One use for its review page, or null (audited as a denial) when it is not a use of the officer's agency's records.
    /// Opening it is audited as a read naming the child's record id only.
    /// </summary>
    public async Task<EmergencyUse?> OpenForReviewAsync(Actor actor, Guid emergencyAccessId, CancellationToken cancellationToken = default)
    {
        var officer = await access.PractitionerAsync(actor.Id ?? Guid.Empty, cancellationToken);
        var use = officer is { Disabled: false } && (officer.Roles & PractitionerRoles.PrivacyOfficer) != 0
            ? await Uses(db.EmergencyAccesses.Where(e => e.Id == emergencyAccessId && e.OwningAgencyId == officer.AgencyId)).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (use is null)
        {
            await audit.RecordAsync(AuditAction.Denied, actor, "emergency-access", emergencyAccessId, null,
                new { purpose = "review", reason = "not a privacy officer of the owning agency" }, cancellationToken: cancellationToken);
            return null;
        }

        await audit.RecordAsync(AuditAction.Read, actor, "emergency-access", use.Id, use.ChildRecordId, new { page = "emergency-review" },
            cancellationToken: cancellationToken);
        return use;
    }

    /// <summary>Every read made under the emergency access, oldest first, from the audit log.</summary>
    public async Task<IReadOnlyList<EmergencyRead>> ReadsAsync(Guid emergencyAccessId, CancellationToken cancellationToken = default)
    {
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EmergencyAccessId == emergencyAccessId && e.Action == AuditAction.Read)
            .OrderBy(e => e.Id)
            .Select(e => new { e.At, e.SubjectType, e.Detail })
            .ToListAsync(cancellationToken);
        return entries.Select(e => new EmergencyRead(e.At, e.SubjectType, PageOf(e.Detail))).ToList();
    }

    /// <summary>When the practitioner ended the access early, if they did.</summary>
    public async Task<DateTimeOffset?> EndedAtAsync(Guid emergencyAccessId, CancellationToken cancellationToken = default) =>
        await db.ProcessEvents.AsNoTracking()
            .Where(e => e.SubjectId == emergencyAccessId && e.EventName == nameof(EmergencyAccessEnded))
            .Select(e => (DateTimeOffset?)e.OccurredAt)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// A privacy officer of the owning agency records whether the use was appropriate. Once only: the outcome is
    /// claimed by a conditional update, so a second officer (or a stale page) is told it was already reviewed.
    /// </summary>
    public async Task<Outcome<EmergencyAccess>> ReviewAsync(Guid emergencyAccessId, EmergencyReview? outcome, string? note, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var officer = await RequirePrivacyOfficerAsync(process.Actor, cancellationToken);
        var emergency = await db.EmergencyAccesses.AsNoTracking()
            .SingleOrDefaultAsync(e => e.Id == emergencyAccessId && e.OwningAgencyId == officer.AgencyId, cancellationToken)
            ?? throw new NotPermittedException("Only a privacy officer of the agency that holds the record can review this.");

        var errors = new ValidationErrors();
        if (emergency.ReviewOutcome is not null)
        {
            errors.Add("Outcome", "This use of emergency access has already been reviewed");
        }
        else if (outcome is null || !Enum.IsDefined(outcome.Value))
        {
            errors.Add("Outcome", "Select whether this use of emergency access was appropriate or inappropriate");
        }
        else if (outcome == EmergencyReview.Inappropriate)
        {
            errors.Required("Note", note, "Explain why this use of emergency access was inappropriate");
        }

        errors.MaxLength("Note", note, EmergencyAccess.ReasonTextMaxLength, "Your note");
        if (!errors.IsValid)
        {
            return Outcome<EmergencyAccess>.Failure(errors);
        }

        var cleanNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.EmergencyAccesses
            .Where(e => e.Id == emergencyAccessId && e.ReviewOutcome == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.ReviewOutcome, outcome)
                .SetProperty(e => e.ReviewedById, officer.Id)
                .SetProperty(e => e.ReviewedAt, process.Now)
                .SetProperty(e => e.ReviewNote, cleanNote), cancellationToken);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            errors.Add("Outcome", "This use of emergency access has already been reviewed");
            return Outcome<EmergencyAccess>.Failure(errors);
        }

        process.Publish(new EmergencyAccessReviewed(emergency.Id, emergency.ChildRecordId, outcome!.Value));
        process.AboutChild(emergency.ChildRecordId);
        if (outcome == EmergencyReview.Inappropriate)
        {
            inbox.Notify(process, emergency.PractitionerId, InboxItemKind.EmergencyAccessFoundInappropriate, InappropriateNote, "/emergency/active", emergency.Id);
        }

        await process.CompleteAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        emergency.ReviewOutcome = outcome;
        emergency.ReviewedById = officer.Id;
        emergency.ReviewedAt = process.Now;
        emergency.ReviewNote = cleanNote;
        return Outcome<EmergencyAccess>.Success(emergency);
    }

    /// <summary>The alert text: it names the practitioner's agency, never the child.</summary>
    public static string AlertFor(string practitionerAgency) =>
        $"Emergency access to a child's record was used by a practitioner at {practitionerAgency}. Review it.";

    public static string CaseHolderAlertFor(string practitionerAgency) =>
        $"Emergency access was used by a practitioner at {practitionerAgency} to open the record of a child whose case you hold. A privacy officer will review it.";

    public static ValidationErrors Validate(StartEmergencyAccessInput input)
    {
        var errors = new ValidationErrors();
        if (input.ByNhsNumber)
        {
            if (!NhsNumber.IsValid(input.NhsNumber))
            {
                errors.Add(nameof(input.NhsNumber), "Enter a valid NHS number, like 999 000 0018: 10 digits where the last one is a check digit");
            }
        }
        else if (string.IsNullOrWhiteSpace(input.GivenName) && string.IsNullOrWhiteSpace(input.FamilyName) && input.DateOfBirth is null)
        {
            errors.Add(nameof(input.NhsNumber), "Enter the child's NHS number, or their full name and date of birth");
        }
        else
        {
            errors.Required(nameof(input.GivenName), input.GivenName, "Enter the child's first name");
            errors.Required(nameof(input.FamilyName), input.FamilyName, "Enter the child's last name");
            if (input.DateOfBirth is null)
            {
                errors.Add(nameof(input.DateOfBirth), "Enter the child's date of birth");
            }
        }

        if (input.Reason is not { } reason || !Enum.IsDefined(reason))
        {
            errors.Add(nameof(input.Reason), "Select why you need emergency access");
        }

        errors.Required(nameof(input.ReasonText), input.ReasonText, "Explain why you need emergency access now");
        errors.MaxLength(nameof(input.ReasonText), input.ReasonText, EmergencyAccess.ReasonTextMaxLength, "Your explanation");
        return errors;
    }

    private async Task<IReadOnlyList<EmergencyMatch>> MatchAsync(StartEmergencyAccessInput input, CancellationToken cancellationToken)
    {
        var records = db.ChildRecords.AsNoTracking();
        if (input.ByNhsNumber)
        {
            var nhs = NhsNumber.Normalise(input.NhsNumber!);
            records = records.Where(c => c.NhsNumber == nhs);
        }
        else
        {
            var given = input.GivenName!.Trim().ToUpperInvariant();
            var family = input.FamilyName!.Trim().ToUpperInvariant();
            var born = input.DateOfBirth!.Value;
            records = records.Where(c => c.GivenNameSearch == given && c.FamilyNameSearch == family && c.DateOfBirth == born);
        }

        var matches = await records
            .Join(db.Agencies, c => c.AgencyId, a => a.Id, (c, a) => new EmergencyMatch(c.Id, a.Id, a.Name))
            .ToListAsync(cancellationToken);
        return matches.OrderBy(m => m.AgencyName, StringComparer.Ordinal).ThenBy(m => m.ChildRecordId).ToList();
    }

    private async Task AlertAsync(EmergencyAccess emergency, string practitionerAgency, ProcessContext process, CancellationToken cancellationToken)
    {
        var privacyOfficer = (int)PractitionerRoles.PrivacyOfficer;
        var officers = await db.Users
            .Where(p => p.AgencyId == emergency.OwningAgencyId && !p.IsDisabled && ((int)p.Roles & privacyOfficer) != 0)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        foreach (var officer in officers)
        {
            inbox.Notify(process, officer, InboxItemKind.EmergencyAccessUsed, AlertFor(practitionerAgency),
                $"/privacy/emergency-reviews/{emergency.Id}", emergency.Id);
        }

        var caseHolder = await db.ChildRecords.Where(c => c.Id == emergency.ChildRecordId).Select(c => c.CaseHolderId).SingleAsync(cancellationToken);
        if (caseHolder is { } holder && !officers.Contains(holder) && holder != emergency.PractitionerId)
        {
            inbox.Notify(process, holder, InboxItemKind.EmergencyAccessUsedOnYourCase, CaseHolderAlertFor(practitionerAgency),
                $"/children/{emergency.ChildRecordId}", emergency.Id);
        }
    }

    /// <summary>Emergency access is for practitioners who work with children; strategic leads never see a child.</summary>
    private async Task<PractitionerFacts> RequireBreakGlassRoleAsync(Actor actor, CancellationToken cancellationToken)
    {
        var who = actor.Kind == ActorKind.Practitioner && actor.Id is { } id ? await access.PractitionerAsync(id, cancellationToken) : null;
        if (who is null || who.Disabled || (who.Roles & AccessPolicy.ChildRoles) == 0 || (who.Roles & PractitionerRoles.StrategicLead) != 0)
        {
            throw new NotPermittedException("Emergency access is only for practitioners who work with children.");
        }

        return who;
    }

    private async Task<PractitionerFacts> RequirePrivacyOfficerAsync(Actor actor, CancellationToken cancellationToken)
    {
        var who = actor.Kind == ActorKind.Practitioner && actor.Id is { } id ? await access.PractitionerAsync(id, cancellationToken) : null;
        if (who is null || who.Disabled || (who.Roles & PractitionerRoles.PrivacyOfficer) == 0)
        {
            throw new NotPermittedException("Only a privacy officer can review emergency access.");
        }

        return who;
    }

    private IQueryable<EmergencyUse> Uses(IQueryable<EmergencyAccess> accesses) =>
        from e in accesses
        join p in db.Users on e.PractitionerId equals p.Id
        join a in db.Agencies on e.PractitionerAgencyId equals a.Id
        select new EmergencyUse(e.Id, e.ChildRecordId, p.DisplayName, a.Name, e.Reason, e.ReasonText, e.StartedAt, e.ExpiresAt,
            e.ReviewOutcome, e.ReviewedAt, e.ReviewNote);

    private static string? PageOf(string? detail)
    {
        if (string.IsNullOrEmpty(detail))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(detail);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("page", out var page) ? page.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
