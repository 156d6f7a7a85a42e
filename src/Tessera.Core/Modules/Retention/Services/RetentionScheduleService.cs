using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Retention.Events;
using Tessera.Core.Modules.Retention.Models;
using Tessera.Core.Processes;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Retention.Services;

/// <summary>
/// Changes how long a type of record is kept. Privacy officers decide this: a retention period is a data-protection
/// decision with legal weight, taken by the role that also places legal holds and answers subject access requests.
/// </summary>
public sealed class RetentionScheduleService(TesseraDbContext db)
{
    public const string Field = "KeepUntilAge";

    public async Task<Outcome<RetentionSchedule>> ChangeAsync(string code, int? keepUntilAge, Guid version, DateOnly today, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var roles = await db.Users.Where(p => p.Id == process.Actor.Id && !p.IsDisabled).Select(p => (PractitionerRoles?)p.Roles).SingleOrDefaultAsync(cancellationToken);
        if (roles is not { } held || (held & PractitionerRoles.PrivacyOfficer) == 0)
        {
            throw new NotPermittedException("Only a privacy officer can change a retention schedule.");
        }

        var errors = new ValidationErrors();
        if (keepUntilAge is not { } age)
        {
            errors.Add(Field, "Enter the age, in whole years, until which records are kept");
            return Outcome<RetentionSchedule>.Failure(errors);
        }

        if (age is < RetentionRules.MinimumAge or > RetentionRules.MaximumAge)
        {
            errors.Add(Field, $"The age must be a whole number from {RetentionRules.MinimumAge} to {RetentionRules.MaximumAge}");
            return Outcome<RetentionSchedule>.Failure(errors);
        }

        var schedule = await db.RetentionSchedules.SingleOrDefaultAsync(s => s.Code == code, cancellationToken)
            ?? throw new NotPermittedException("There is no such retention schedule.");
        if (schedule.Version != version)
        {
            errors.Add(Field, Stale);
            return Outcome<RetentionSchedule>.Failure(errors);
        }

        var fromAge = schedule.KeepUntilAge;
        if (fromAge == age)
        {
            return Outcome<RetentionSchedule>.Success(schedule);
        }

        var newlyDue = await HeldRecordsNewlyDueAsync(code, age, today, cancellationToken);
        if (newlyDue > 0)
        {
            errors.Add(Field, $"This change would make {newlyDue} {(newlyDue == 1 ? "record" : "records")} under legal hold due for erasure. Lift the holds first or choose a longer period.");
            return Outcome<RetentionSchedule>.Failure(errors);
        }

        schedule.KeepUntilAge = age;
        schedule.Description = $"Kept until the child's {Ordinal(age)} birthday.";
        process.Publish(new RetentionScheduleChanged(RetentionRules.ScheduleId(code), code, fromAge, age));
        try
        {
            await process.CompleteAsync(db, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            errors.Add(Field, Stale);
            return Outcome<RetentionSchedule>.Failure(errors);
        }

        return Outcome<RetentionSchedule>.Success(schedule);
    }

    private const string Stale = "Someone else changed this schedule while you were editing it. Check the period now saved and try again.";

    /// <summary>
    /// Records under an active legal hold that the change would make due (for the record itself or its concerns) and
    /// that are not due already. Holds are few, so the held records are judged in memory by the same rules as the run.
    /// </summary>
    private async Task<int> HeldRecordsNewlyDueAsync(string code, int age, DateOnly today, CancellationToken cancellationToken)
    {
        var schedules = await db.RetentionSchedules.AsNoTracking().ToDictionaryAsync(s => s.Code, cancellationToken);
        var changed = schedules.ToDictionary(s => s.Key, s => s.Key == code
            ? new RetentionSchedule { Code = s.Value.Code, Name = s.Value.Name, Description = s.Value.Description, KeepUntilAge = age }
            : s.Value);
        var held = await db.ChildRecords.AsNoTracking()
            .Where(c => db.LegalHolds.Any(h => h.ChildRecordId == c.Id && h.LiftedAt == null))
            .Select(c => new HeldRecord(c.RetentionCode, c.DateOfBirth, db.Concerns.Any(k => k.ChildRecordId == c.Id)))
            .ToListAsync(cancellationToken);
        return held.Count(r => IsDue(r, changed, today) && !IsDue(r, schedules, today));
    }

    private static bool IsDue(HeldRecord record, IReadOnlyDictionary<string, RetentionSchedule> schedules, DateOnly today)
    {
        if (!schedules.TryGetValue(record.RetentionCode, out var schedule))
        {
            return false;
        }

        return RetentionRules.IsDue(record.DateOfBirth, today, schedule.KeepUntilAge)
            || (record.HasConcerns && schedules.TryGetValue(RetentionDefaults.Concern, out var concerns)
                && RetentionRules.IsDue(record.DateOfBirth, today, RetentionRules.ConcernAge(schedule, concerns)));
    }

    private static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => $"{n}th",
        _ => (n % 10) switch { 1 => $"{n}st", 2 => $"{n}nd", 3 => $"{n}rd", _ => $"{n}th" },
    };

    private sealed record HeldRecord(string RetentionCode, DateOnly DateOfBirth, bool HasConcerns);
}
