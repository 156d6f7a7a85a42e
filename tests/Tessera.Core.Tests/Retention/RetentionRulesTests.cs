using Tessera.Core.Modules.Retention.Models;
using Tessera.Core.Modules.Retention.Services;

namespace Tessera.Core.Tests.Retention;

public sealed class RetentionRulesTests
{
    [Theory]
    [InlineData("2001-11-25", "2026-11-24", false)]
    [InlineData("2001-11-25", "2026-11-25", true)]
    [InlineData("2001-11-25", "2026-11-26", true)]
    [InlineData("2004-02-29", "2029-02-28", false)]
    [InlineData("2004-02-29", "2029-03-01", true)]
    public void A_record_falls_due_on_the_birthday_not_the_day_before(string born, string today, bool due) =>
        Assert.Equal(due, RetentionRules.IsDue(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), 25));

    [Fact]
    public void Concerns_on_a_record_with_its_own_schedule_are_kept_as_long_as_the_record()
    {
        var concern = new RetentionSchedule { Code = RetentionDefaults.Concern, Name = "c", Description = "d", KeepUntilAge = 25 };
        var ordinary = new RetentionSchedule { Code = RetentionDefaults.ChildRecord, Name = "r", Description = "d", KeepUntilAge = 30 };
        var lookedAfter = new RetentionSchedule { Code = RetentionDefaults.LookedAfter, Name = "l", Description = "d", KeepUntilAge = 75 };

        Assert.Equal(25, RetentionRules.ConcernAge(ordinary, concern));
        Assert.Equal(75, RetentionRules.ConcernAge(lookedAfter, concern));
    }

    [Fact]
    public void A_schedule_has_a_stable_id() =>
        Assert.Equal(RetentionRules.ScheduleId("concern"), RetentionRules.ScheduleId("concern"));
}
