using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.Core.Tests.Data;
using Tessera.Core.Validation;
using Tessera.TestSupport;

namespace Tessera.Core.Tests.Access;

public class EmergencyAccessServiceTests
{
    private const string HospitalName = "Testshire Hospitals NHS Trust";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 22, 0, 0, TimeSpan.Zero));

    private static StartEmergencyAccessInput ByNhs(string nhs = "943 476 5919") => new()
    {
        NhsNumber = nhs,
        Reason = EmergencyReason.UrgentMedicalTreatment,
        ReasonText = "Brought into the emergency department unconscious; need to know of any safeguarding plan.",
    };

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Starting_by_NHS_number_opens_the_record_for_four_hours_and_alerts_at_once_without_naming_the_child(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var process = Start(p.Clinician);

        var outcome = await Service(db).StartAsync(ByNhs(), process);

        Assert.True(outcome.Succeeded, Describe(outcome.Errors));
        await using var check = DatabaseRegistration.CreateContext(settings);
        var saved = await check.EmergencyAccesses.SingleAsync();
        Assert.Equal(p.SchoolChild.Id, saved.ChildRecordId);
        Assert.Equal(p.SchoolId, saved.OwningAgencyId);
        Assert.Equal(p.HospitalId, saved.PractitionerAgencyId);
        Assert.Equal(_clock.GetUtcNow(), saved.StartedAt);
        Assert.Equal(_clock.GetUtcNow().AddHours(4), saved.ExpiresAt);
        Assert.Equal(EmergencyReason.UrgentMedicalTreatment, saved.Reason);

        var events = await check.ProcessEvents.Where(e => e.ProcessId == process.Process.Id).Select(e => e.EventName).ToListAsync();
        Assert.Contains("EmergencyAccessStarted", events);
        var entry = await check.AuditEntries.SingleAsync(e => e.ProcessId == process.Process.Id);
        Assert.Equal(AuditAction.EmergencyAccess, entry.Action);
        Assert.Equal(p.SchoolChild.Id, entry.ChildRecordId);
        Assert.Equal("emergency-access", entry.SubjectType);

        var officerAlert = await check.InboxItems.SingleAsync(i => i.RecipientId == p.SchoolPrivacyOfficer.Id);
        Assert.Equal(InboxItemKind.EmergencyAccessUsed, officerAlert.Kind);
        Assert.Equal($"Emergency access to a child's record was used by a practitioner at {HospitalName}. Review it.", officerAlert.Subject);
        Assert.Equal($"/privacy/emergency-reviews/{saved.Id}", officerAlert.Link);
        var caseHolderAlert = await check.InboxItems.SingleAsync(i => i.RecipientId == p.Teacher.Id);
        Assert.Equal(InboxItemKind.EmergencyAccessUsedOnYourCase, caseHolderAlert.Kind);
        foreach (var alert in new[] { officerAlert, caseHolderAlert })
        {
            Assert.Equal(_clock.GetUtcNow(), alert.CreatedAt);
            foreach (var identifying in new[] { "Mia", "Testperson", "9434765919", "943 476 5919", "2016", "27 March", "27/03" })
            {
                Assert.DoesNotContain(identifying, alert.Subject, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(identifying, alert.Link, StringComparison.OrdinalIgnoreCase);
            }
        }

        // Nobody at the police or the hospital is told.
        Assert.Equal(2, await check.InboxItems.CountAsync());
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Name_and_date_of_birth_match_every_agencys_record_exactly_and_case_insensitively(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var input = new StartEmergencyAccessInput
        {
            GivenName = " mia ",
            FamilyName = "TESTPERSON",
            DateOfBirth = new DateOnly(2016, 3, 27),
            Reason = EmergencyReason.MissingChild,
            ReasonText = "Reported missing overnight.",
        };

        var found = await Service(db).FindAsync(input, Actor(p.PoliceOfficer));
        Assert.True(found.Succeeded, Describe(found.Errors));
        Assert.Equal(["Larch Lane Primary School", "Testshire Police"], found.Value!.Select(m => m.AgencyName));
        Assert.Equal(0, await db.EmergencyAccesses.CountAsync());

        // The look-up is audited as a search holding ids, never the name or date of birth typed.
        var search = await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.Search);
        Assert.Contains(p.SchoolChild.Id.ToString(), search.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("MIA", search.Detail!.ToUpperInvariant(), StringComparison.Ordinal);
        Assert.DoesNotContain("2016", search.Detail, StringComparison.Ordinal);

        var started = await Service(db).StartAsync(input, Start(p.PoliceOfficer));
        Assert.True(started.Succeeded);
        Assert.Equal(2, started.Value!.Count);
        var emergencyEntries = await db.AuditEntries.Where(e => e.Action == AuditAction.EmergencyAccess).Select(e => e.ChildRecordId).ToListAsync();
        Assert.Equal(new[] { p.SchoolChild.Id, p.PoliceChild.Id }.Order(), emergencyEntries.Select(id => id!.Value).Order());

        // A different date of birth, or a partial name, matches nothing.
        var wrongDate = await Service(db).FindAsync(input with { DateOfBirth = new DateOnly(2016, 3, 28) }, Actor(p.PoliceOfficer));
        Assert.Equal(EmergencyAccessService.NoMatch, wrongDate.Errors.For("GivenName"));
        var partial = await Service(db).FindAsync(input with { GivenName = "Mi" }, Actor(p.PoliceOfficer));
        Assert.False(partial.Succeeded);
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Bad_input_or_no_match_is_refused_and_nothing_is_saved(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var service = Service(db);

        var nothing = await service.StartAsync(new StartEmergencyAccessInput(), Start(p.Clinician));
        Assert.Equal(["NhsNumber", "Reason", "ReasonText"], nothing.Errors.All.Select(e => e.Key));

        var badNhs = await service.StartAsync(ByNhs("943 476 5918"), Start(p.Clinician));
        Assert.StartsWith("Enter a valid NHS number", badNhs.Errors.For("NhsNumber"), StringComparison.Ordinal);

        var tooLong = await service.StartAsync(ByNhs() with { ReasonText = new string('a', EmergencyAccess.ReasonTextMaxLength + 1) }, Start(p.Clinician));
        Assert.Equal("Your explanation must be 1,000 characters or fewer", tooLong.Errors.For("ReasonText"));

        var halfName = await service.StartAsync(ByNhs(" ") with { GivenName = "Mia" }, Start(p.Clinician));
        Assert.True(halfName.Errors.Has("FamilyName"));
        Assert.True(halfName.Errors.Has("DateOfBirth"));

        // 999 000 0018 is a valid number nobody holds.
        var noMatch = await service.StartAsync(ByNhs("999 000 0018"), Start(p.Clinician));
        Assert.Equal(EmergencyAccessService.NoMatch, noMatch.Errors.For("NhsNumber"));

        Assert.Equal(0, await db.EmergencyAccesses.CountAsync());
        Assert.Equal(0, await db.InboxItems.CountAsync());
        Assert.Equal(0, await db.Processes.CountAsync(x => x.Type == ProcessType.EmergencyAccessStarted));
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Disabled_practitioners_and_strategic_leads_cannot_break_glass(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        foreach (var who in new[] { p.DisabledTeacher, p.StrategicLead, p.Administrator })
        {
            await Assert.ThrowsAsync<NotPermittedException>(() => Service(db).StartAsync(ByNhs(), Start(who)));
            await Assert.ThrowsAsync<NotPermittedException>(() => Service(db).FindAsync(ByNhs(), Actor(who)));
        }

        Assert.Equal(0, await db.EmergencyAccesses.CountAsync());
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Reads_during_access_are_flagged_and_after_four_hours_access_is_denied_and_audited(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var clinician = Actor(p.Clinician);
        var (audit, access) = AccessFor(db);

        var before = await access.DecideAsync(clinician, p.SchoolChild.Id, AccessPurpose.View);
        Assert.False(before.Allowed);

        var started = (await Service(db).StartAsync(ByNhs(), Start(p.Clinician))).Value!.Single();

        _clock.Advance(TimeSpan.FromHours(4) - TimeSpan.FromSeconds(1));
        var during = await access.DecideAsync(clinician, p.SchoolChild.Id, AccessPurpose.View);
        Assert.True(during.Allowed);
        Assert.Equal(started.Id, during.EmergencyAccessId);
        Assert.Contains(during.Relationships, r => r.Kind == RelationshipKind.EmergencyAccess && r.Until == started.ExpiresAt);

        // What the child record page does with the decision: the read carries the emergency access id.
        await audit.RecordAsync(AuditAction.Read, clinician, "child", p.SchoolChild.Id, p.SchoolChild.Id, new { page = "child-record" }, during.EmergencyAccessId);
        var read = await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.Read);
        Assert.Equal(started.Id, read.EmergencyAccessId);
        var reads = await Service(db).ReadsAsync(started.Id);
        Assert.Equal("child-record", Assert.Single(reads).Page);

        // Emergency access is for looking, not for recording concerns on another agency's record.
        Assert.False((await access.DecideAsync(clinician, p.SchoolChild.Id, AccessPurpose.RecordConcern)).Allowed);

        _clock.Advance(TimeSpan.FromSeconds(1));
        var after = await access.DecideAsync(clinician, p.SchoolChild.Id, AccessPurpose.View);
        Assert.False(after.Allowed);
        var denial = await db.AuditEntries.Where(e => e.Action == AuditAction.Denied).OrderBy(e => e.Id).LastAsync();
        Assert.Equal(p.SchoolChild.Id, denial.ChildRecordId);
        Assert.Equal(p.Clinician.Id, denial.ActorId);
        Assert.Equal(_clock.GetUtcNow(), denial.At);
        Assert.Empty(await Service(db).ActiveAsync(p.Clinician.Id, _clock.GetUtcNow()));
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task The_duration_comes_from_the_setting_and_the_practitioner_can_end_it_early(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var service = Service(db, new EmergencyAccessSettings { Duration = TimeSpan.FromMinutes(90) });
        var started = (await service.StartAsync(ByNhs(), Start(p.Clinician))).Value!.Single();
        Assert.Equal(_clock.GetUtcNow().AddMinutes(90), started.ExpiresAt);
        Assert.Single(await service.ActiveAsync(p.Clinician.Id, _clock.GetUtcNow()));

        // Only the practitioner who started it can end it.
        await Assert.ThrowsAsync<NotPermittedException>(() => service.EndAsync(started.Id, Start(p.PoliceOfficer)));

        _clock.Advance(TimeSpan.FromMinutes(10));
        await service.EndAsync(started.Id, Start(p.Clinician, ProcessType.EmergencyAccessEnded));

        Assert.False((await AccessFor(db).Access.DecideAsync(Actor(p.Clinician), p.SchoolChild.Id, AccessPurpose.View)).Allowed);
        Assert.Equal(_clock.GetUtcNow(), await service.EndedAtAsync(started.Id));
        await using var check = DatabaseRegistration.CreateContext(settings);
        Assert.Equal(_clock.GetUtcNow(), (await check.EmergencyAccesses.SingleAsync()).ExpiresAt);
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task The_owning_agencys_privacy_officer_reviews_each_use_once(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        Guid id;
        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            id = (await Service(db).StartAsync(ByNhs(), Start(p.Clinician))).Value!.Single().Id;
        }

        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            var service = Service(db);
            var waiting = await service.ForReviewAsync(Actor(p.SchoolPrivacyOfficer), reviewed: false);
            var use = Assert.Single(waiting);
            Assert.Equal("Cal Clinician", use.PractitionerName);
            Assert.Equal(HospitalName, use.PractitionerAgency);

            var noChoice = await service.ReviewAsync(id, null, null, Review(p.SchoolPrivacyOfficer));
            Assert.Equal("Select whether this use of emergency access was appropriate or inappropriate", noChoice.Errors.For("Outcome"));
            _clock.Advance(TimeSpan.FromHours(1));
            var reviewed = await service.ReviewAsync(id, EmergencyReview.Appropriate, " Child was in resus. ", Review(p.SchoolPrivacyOfficer));
            Assert.True(reviewed.Succeeded, Describe(reviewed.Errors));
        }

        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            var again = await Service(db).ReviewAsync(id, EmergencyReview.Inappropriate, "Changed my mind", Review(p.SchoolPrivacyOfficer));
            Assert.Equal("This use of emergency access has already been reviewed", again.Errors.For("Outcome"));
            Assert.Empty(await Service(db).ForReviewAsync(Actor(p.SchoolPrivacyOfficer), reviewed: false));
            Assert.Single(await Service(db).ForReviewAsync(Actor(p.SchoolPrivacyOfficer), reviewed: true));
        }

        await using var check = DatabaseRegistration.CreateContext(settings);
        var saved = await check.EmergencyAccesses.SingleAsync();
        Assert.Equal(EmergencyReview.Appropriate, saved.ReviewOutcome);
        Assert.Equal("Child was in resus.", saved.ReviewNote);
        Assert.Equal(p.SchoolPrivacyOfficer.Id, saved.ReviewedById);
        Assert.Equal(_clock.GetUtcNow(), saved.ReviewedAt);
        Assert.Equal(1, await check.ProcessEvents.CountAsync(e => e.EventName == "EmergencyAccessReviewed"));
        Assert.Equal(1, await check.AuditEntries.CountAsync(e => e.Action == AuditAction.Review && e.ChildRecordId == p.SchoolChild.Id));

        // An appropriate use sends the practitioner nothing.
        Assert.Equal(0, await check.InboxItems.CountAsync(i => i.RecipientId == p.Clinician.Id));
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task An_inappropriate_use_needs_a_note_and_tells_the_practitioner(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var id = (await Service(db).StartAsync(ByNhs(), Start(p.Clinician))).Value!.Single().Id;

        var noNote = await Service(db).ReviewAsync(id, EmergencyReview.Inappropriate, "  ", Review(p.SchoolPrivacyOfficer));
        Assert.Equal("Explain why this use of emergency access was inappropriate", noNote.Errors.For("Note"));
        Assert.True((await Service(db).ReviewAsync(id, EmergencyReview.Inappropriate, "No emergency: a routine appointment.", Review(p.SchoolPrivacyOfficer))).Succeeded);

        var note = await db.InboxItems.SingleAsync(i => i.RecipientId == p.Clinician.Id);
        Assert.Equal(InboxItemKind.EmergencyAccessFoundInappropriate, note.Kind);
        Assert.Equal(EmergencyAccessService.InappropriateNote, note.Subject);
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Only_a_privacy_officer_of_the_owning_agency_may_review(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        await using var db = DatabaseRegistration.CreateContext(settings);
        var id = (await Service(db).StartAsync(ByNhs(), Start(p.Clinician))).Value!.Single().Id;
        var policePrivacyOfficer = await PractitionerAsync(db, p.PoliceId, PractitionerRoles.PrivacyOfficer);

        foreach (var who in new[] { p.Teacher, p.SchoolDsl, p.Clinician, policePrivacyOfficer })
        {
            await Assert.ThrowsAsync<NotPermittedException>(() => Service(db).ReviewAsync(id, EmergencyReview.Appropriate, null, Review(who)));
            Assert.Null(await Service(db).OpenForReviewAsync(Actor(who), id));
        }

        Assert.Empty(await Service(db).ForReviewAsync(Actor(policePrivacyOfficer), reviewed: false));
        Assert.Equal(4, await db.AuditEntries.CountAsync(e => e.Action == AuditAction.Denied && e.SubjectId == id));
        Assert.Null((await db.EmergencyAccesses.SingleAsync()).ReviewOutcome);

        // The owning agency's officer opens it; the read names the child's record id and nothing else about the child.
        Assert.NotNull(await Service(db).OpenForReviewAsync(Actor(p.SchoolPrivacyOfficer), id));
        var read = await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.Read && e.SubjectId == id);
        Assert.Equal(p.SchoolChild.Id, read.ChildRecordId);
        Assert.Equal("""{"page":"emergency-review"}""", read.Detail);
    }

    [Theory]
    [MemberData(nameof(ProviderData.Both), MemberType = typeof(ProviderData))]
    public async Task Two_officers_reviewing_at_once_record_one_outcome(DatabaseProvider provider)
    {
        var (settings, p) = await SetUpAsync(provider);
        Guid id;
        Practitioner second;
        await using (var db = DatabaseRegistration.CreateContext(settings))
        {
            id = (await Service(db).StartAsync(ByNhs(), Start(p.Clinician))).Value!.Single().Id;
            second = await PractitionerAsync(db, p.SchoolId, PractitionerRoles.PrivacyOfficer);
        }

        async Task<bool> ReviewAsync(Practitioner officer, EmergencyReview outcome)
        {
            await using var db = DatabaseRegistration.CreateContext(settings);
            return (await Service(db).ReviewAsync(id, outcome, "Reviewed", Review(officer))).Succeeded;
        }

        var results = await Task.WhenAll(ReviewAsync(p.SchoolPrivacyOfficer, EmergencyReview.Appropriate), ReviewAsync(second, EmergencyReview.Inappropriate));

        Assert.Equal(1, results.Count(r => r));
        await using var check = DatabaseRegistration.CreateContext(settings);
        Assert.Equal(1, await check.ProcessEvents.CountAsync(e => e.EventName == "EmergencyAccessReviewed"));
        var saved = await check.EmergencyAccesses.SingleAsync();
        Assert.Equal(results[0] ? EmergencyReview.Appropriate : EmergencyReview.Inappropriate, saved.ReviewOutcome);
    }

    [Fact]
    public void The_duration_setting_defaults_to_four_hours_and_refuses_nonsense()
    {
        Assert.Equal(TimeSpan.FromHours(4), EmergencyAccessSettings.From(null).Duration);
        Assert.Equal(TimeSpan.FromHours(2), EmergencyAccessSettings.From("02:00:00").Duration);
        var error = Assert.Throws<FormatException>(() => EmergencyAccessSettings.From("3 days"));
        Assert.StartsWith("Tessera:EmergencyAccessDuration is '3 days'.", error.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => EmergencyAccessSettings.From("1.00:00:00"));
    }

    private EmergencyAccessService Service(TesseraDbContext db, EmergencyAccessSettings? settings = null)
    {
        var (audit, access) = AccessFor(db);
        return new EmergencyAccessService(db, new Inbox(db), audit, access, settings ?? new EmergencyAccessSettings());
    }

    private (AuditTrail Audit, AccessService Access) AccessFor(TesseraDbContext db)
    {
        var audit = new AuditTrail(db, _clock, new AuditSettings());
        return (audit, new AccessService(db, _clock, audit, []));
    }

    private static Actor Actor(Practitioner who) => Processes.Actor.ForPractitioner(who.Id, who.AgencyId);

    private ProcessContext Start(Practitioner who, ProcessType type = ProcessType.EmergencyAccessStarted) =>
        ProcessContext.Start(type, Actor(who), _clock);

    private ProcessContext Review(Practitioner who) => ProcessContext.Start(ProcessType.EmergencyAccessReviewed, Actor(who), _clock);

    private async Task<Practitioner> PractitionerAsync(TesseraDbContext db, Guid agencyId, PractitionerRoles roles)
    {
        var email = $"{Guid.NewGuid():N}@example.org";
        var practitioner = new Practitioner
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            SecurityStamp = Guid.NewGuid().ToString("N"),
            DisplayName = "Extra Person",
            AgencyId = agencyId,
            Roles = roles,
            CreatedAt = _clock.GetUtcNow(),
        };
        db.Users.Add(practitioner);
        await db.SaveChangesAsync();
        return practitioner;
    }

    private static string Describe(ValidationErrors errors) => string.Join("; ", errors.All.Select(e => $"{e.Key}: {e.Value}"));

    private async Task<(DatabaseSettings, TestPartnership)> SetUpAsync(DatabaseProvider provider)
    {
        var settings = await TestDatabases.CreateAsync(provider);
        return (settings, await TestPartnership.CreateAsync(settings, _clock));
    }
}
