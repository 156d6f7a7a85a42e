using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Training.Models;
using Tessera.Core.Modules.Training.Services;
using Tessera.Core.Processes;
using Tessera.Core.Tests.Data;
using Tessera.Core.Validation;
using Tessera.TestSupport;

namespace Tessera.Core.Tests.Training;

public class CompletionImportTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Valid_rows_are_imported_together_and_each_bad_row_is_reported_with_its_number_and_reason(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            // Already recorded before the import.
            db.TrainingCompletions.Add(new TrainingCompletion { Id = Guid.CreateVersion7(), PractitionerId = p.Teacher.Id, CourseId = TrainingDefaults.AdvancedId, CompletedOn = new DateOnly(2025, 1, 1), Evidence = "Earlier", RecordedAt = _clock.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        var csv = string.Join("\n",
            "email,course_code,completed_on,evidence",
            "teacher@larch-lane.example,isp-essentials,2026-03-01,Certificate 1001",
            "nobody@larch-lane.example,isp-essentials,2026-03-01,Certificate 1002",
            "officer@testshire-police.example,isp-essentials,2026-03-01,Another agency",
            "teacher@larch-lane.example,no-such-course,2026-03-01,Certificate 1003",
            "teacher@larch-lane.example,dsl-advanced,2026-12-01,Future",
            "teacher@larch-lane.example,dsl-advanced,31/02/2026,Not a date",
            "teacher@larch-lane.example,isp-essentials,2026-03-01,Same again",
            "teacher@larch-lane.example,dsl-advanced,2025-01-01,Already there",
            "teacher@larch-lane.example,isp-essentials",
            "DSL@larch-lane.example,dsl-advanced,15/10/2026,\"Certificate 2001, advanced\"",
            "teacher@larch-lane.example,mash-multi-agency,2026-10-01,");

        CompletionImportReportAssert report;
        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            var process = Start(p.SchoolDsl);
            report = new(await new CompletionImport(db, new TrainingRecords(db)).ImportAsync(csv, process));
        }

        report.Expect(2,
            (3, "No practitioner in your agency has the email address nobody@larch-lane.example"),
            (4, "No practitioner in your agency has the email address officer@testshire-police.example"),
            (5, "There is no course with the code no-such-course"),
            (6, "The completion date is in the future"),
            (7, "The completion date must be a real date, like 2026-03-31"),
            (8, "Duplicate of row 2"),
            (9, "This completion is already recorded"),
            (10, "The row has 2 values; it needs 4: email, course_code, completed_on, evidence"),
            (12, "Enter the evidence, such as a certificate number"));

        await using var check = DatabaseRegistration.CreateContext(settings);
        var imported = await check.TrainingCompletions.AsNoTracking().Where(c => c.Source == CompletionSource.Imported).OrderBy(c => c.CompletedOn).ToListAsync();
        Assert.Equal(2, imported.Count);
        Assert.Equal((p.Teacher.Id, "Certificate 1001"), (imported[0].PractitionerId, imported[0].Evidence));
        Assert.Equal((p.SchoolDsl.Id, new DateOnly(2026, 10, 15), "Certificate 2001, advanced"), (imported[1].PractitionerId, imported[1].CompletedOn, imported[1].Evidence));
        // One process: both completions and the import summary.
        var processIds = await check.ProcessEvents.Where(e => e.EventName == "TrainingCompletionRecorded" || e.EventName == "TrainingCompletionsImported").Select(e => e.ProcessId).Distinct().ToListAsync();
        Assert.Single(processIds);
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Wrong_columns_import_nothing_and_an_administrator_may_import_for_any_agency(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            var wrong = await new CompletionImport(db, new TrainingRecords(db)).ImportAsync("name,course,date\nAda,isp-essentials,2026-01-01", Start(p.SchoolDsl));
            Assert.Equal(0, wrong.Imported);
            var problem = Assert.Single(wrong.Problems);
            Assert.Equal(1, problem.Row);
            Assert.StartsWith("The columns must be email, course_code, completed_on, evidence in that order", problem.Reason, StringComparison.Ordinal);
        }

        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            var report = await new CompletionImport(db, new TrainingRecords(db)).ImportAsync(
                "\uFEFFEmail,Course_Code,Completed_On,Evidence\r\nofficer@testshire-police.example,ISP-ESSENTIALS,2026-01-01,Police college\r\n", Start(p.Administrator));
            Assert.Equal(1, report.Imported);
            Assert.Empty(report.Problems);
        }

        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            await Assert.ThrowsAsync<NotPermittedException>(() =>
                new CompletionImport(db, new TrainingRecords(db)).ImportAsync("email,course_code,completed_on,evidence\n", Start(p.Teacher)));
            Assert.Equal(1, await db.TrainingCompletions.CountAsync());
        }
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task A_failure_while_saving_leaves_nothing_half_imported(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        var csv = "email,course_code,completed_on,evidence\nteacher@larch-lane.example,isp-essentials,2026-03-01,One\ndsl@larch-lane.example,isp-essentials,2026-03-01,Two\n";
        await using (var db = DatabaseRegistration.CreateContext(settings))
        await using (var other = DatabaseRegistration.CreateContext(settings))
        {
            var import = new CompletionImport(db, new TrainingRecords(db));
            // Between the checks and the save, someone else records the DSL's completion: the unique index refuses the
            // whole save, so the teacher's valid row is not saved on its own either.
            other.TrainingCompletions.Add(new TrainingCompletion { Id = Guid.CreateVersion7(), PractitionerId = p.SchoolDsl.Id, CourseId = TrainingDefaults.EssentialsId, CompletedOn = new DateOnly(2026, 3, 1), Evidence = "Raced", RecordedAt = _clock.GetUtcNow() });
            db.SavingChanges += (_, _) => other.SaveChanges();

            await Assert.ThrowsAnyAsync<DbUpdateException>(() => import.ImportAsync(csv, Start(p.SchoolDsl)));
        }

        await using var check = DatabaseRegistration.CreateContext(settings);
        Assert.Equal(0, await check.TrainingCompletions.CountAsync(c => c.PractitionerId == p.Teacher.Id));
        Assert.Equal(0, await check.ProcessEvents.CountAsync(e => e.EventName == "TrainingCompletionsImported"));
    }

    private ProcessContext Start(Practitioner who) =>
        ProcessContext.Start(ProcessType.TrainingCompletionsImported, Actor.ForPractitioner(who.Id, who.AgencyId), _clock);

    private async Task<(DatabaseSettings, TestPartnership)> SetUpAsync(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        return (settings, await TestPartnership.CreateAsync(settings, _clock));
    }

    private sealed class CompletionImportReportAssert(Modules.Training.Contracts.CompletionImportReport report)
    {
        public void Expect(int imported, params (int Row, string Reason)[] problems)
        {
            Assert.Equal(problems, report.Problems.Select(p => (p.Row, p.Reason)).ToArray());
            Assert.Equal(imported, report.Imported);
        }
    }
}
