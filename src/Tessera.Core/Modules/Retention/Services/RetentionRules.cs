using System.Security.Cryptography;
using System.Text;
using Tessera.Core.Modules.Retention.Models;

namespace Tessera.Core.Modules.Retention.Services;

/// <summary>When things fall due. Pure, so the boundary dates can be tested without a database.</summary>
public static class RetentionRules
{
    public const int MinimumAge = 1;
    public const int MaximumAge = 120;

    /// <summary>
    /// Records of children born on or before this date have reached <paramref name="age"/> by <paramref name="today"/>.
    /// Counting back from today (rather than forward from each birthday) lets the query use one comparison, and gives
    /// the English rule for 29 February birthdays: the birthday falls on 1 March in other years.
    /// </summary>
    public static DateOnly BornOnOrBefore(DateOnly today, int age) => today.AddYears(-age);

    public static bool IsDue(DateOnly dateOfBirth, DateOnly today, int age) => dateOfBirth <= BornOnOrBefore(today, age);

    /// <summary>
    /// How long concerns on a record under <paramref name="recordSchedule"/> are kept. On an ordinary agency record they
    /// follow the concern schedule; on a record kept under its own schedule (school child protection, looked after) the
    /// concerns are that record's substance, so they are kept at least as long as it.
    /// </summary>
    public static int ConcernAge(RetentionSchedule recordSchedule, RetentionSchedule concernSchedule) =>
        recordSchedule.Code == RetentionDefaults.ChildRecord
            ? concernSchedule.KeepUntilAge
            : Math.Max(concernSchedule.KeepUntilAge, recordSchedule.KeepUntilAge);

    /// <summary>A stable id for a schedule (schedules are keyed by code), so its events have a subject.</summary>
    public static Guid ScheduleId(string code) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes("retention-schedule:" + code))[..16]);
}
