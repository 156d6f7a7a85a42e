using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Guidance.Services;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Practice.Models;
using Tessera.Core.Processes;
using T = Tessera.Core.Modules.Practice.Models.PracticeThemes;

namespace Tessera.Core.Seeding;

/// <summary>Synthetic good-practice examples and the first guidance version for the demo partnership.</summary>
public static class PracticeSeed
{
    public static async Task SeedAsync(TesseraDbContext db, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        if (await db.GuidanceVersions.AnyAsync(cancellationToken) || await db.PracticeExamples.AnyAsync(cancellationToken))
        {
            return;
        }

        var process = ProcessContext.Start(ProcessType.Seeding, Actor.System, clock, "Demo good-practice library and guidance seeded");
        var submitter = await db.Users.AsNoTracking().OrderBy(p => p.Email).Select(p => new { p.Id, p.AgencyId }).FirstOrDefaultAsync(cancellationToken);
        var now = process.Now;
        db.GuidanceVersions.Add(GuidanceDefaults.FirstVersion(now));
        var day = 0;
        foreach (var (title, summary, worked, themes, tags, agencies) in Examples)
        {
            day += 3;
            var at = now.AddDays(-day);
            db.PracticeExamples.Add(new PracticeExample
            {
                Id = Guid.CreateVersion7(),
                Title = title,
                Summary = summary,
                WhatWorked = worked,
                Themes = themes,
                Tags = PipeList.Join(tags.Split(',')),
                AgencyTypes = PipeList.Join(agencies.Select(a => a.ToString())),
                Status = PracticeExampleStatus.Published,
                SubmittedById = submitter?.Id ?? Guid.Empty,
                SubmittedByAgencyId = submitter?.AgencyId ?? Guid.Empty,
                SubmittedAt = at,
                ModeratedAt = at,
                PublishedAt = at,
            });
        }

        await process.CompleteAsync(db, cancellationToken);
    }

    public static readonly (string Title, string Summary, string WhatWorked, T Themes, string Tags, AgencyType[] Agencies)[] Examples =
    [
        ("Daily domestic abuse notifications to schools", "Police told the school before 9am after a domestic abuse incident at a pupil's home, so staff could support the child that day.", "A named key adult at each school, a secure mailbox checked first thing, and a short template with only what the school needed.", T.UnderstandingVulnerabilityAndRisk | T.StrategicLeadershipAndCommunication, "domestic abuse,operation encompass,schools", [AgencyType.Police, AgencyType.School]),
        ("Health visitor and GP huddle for babies under one", "A monthly meeting between health visitors and GPs picked up missed immunisations and missed appointments as early signs of neglect.", "Fixed time each month, a shared list prepared in advance, and a rule that every name discussed has an owner and an action.", T.UnderstandingVulnerabilityAndRisk, "neglect,babies,was not brought", [AgencyType.GpPractice, AgencyType.HealthVisitingAndSchoolNursing]),
        ("Learning from a review: the child's voice in strategy meetings", "A local review found the child's wishes were not heard. Strategy meetings now begin with what the child has said.", "Chairs open with the child's words, recorded in their own language; if nobody has asked, the meeting agrees who will.", T.ProfessionalCapability, "child's voice,strategy meetings,review learning", [AgencyType.ChildrensSocialCare, AgencyType.Police, AgencyType.School]),
        ("A&E flags repeat attendances to the MASH", "The emergency department shared three attendances in six months for a toddler with unexplained bruising.", "A liaison nurse reviews every child attendance daily and shares patterns, not single visits, with a clear reason.", T.UnderstandingVulnerabilityAndRisk, "injury,a&e,repeat attendance", [AgencyType.UnscheduledCare, AgencyType.ChildrensSocialCare]),
        ("Plain words in referrals", "A school rewrote its referral template to avoid acronyms and to separate what was seen from what staff thought.", "Two headings, 'What I saw or heard' and 'What I think', and a list of local terms with plain alternatives.", T.ProfessionalCapability, "plain language,referrals,facts and opinion", [AgencyType.School, AgencyType.ChildrensSocialCare]),
        ("Joint visit with housing after repeated moves", "A family moved four times in a year; a joint visit by early help and housing found the children had no school place.", "Housing added a question about school places to every emergency placement and shared the new address the same day.", T.StrategicLeadershipAndCommunication, "housing,missing education,moves", [AgencyType.EarlyHelp, AgencyType.VoluntarySector]),
        ("Consent conversations with teenagers", "Practitioners were unsure whether a 15-year-old could agree to sharing. Training on Gillick competence gave them confidence.", "Short scenarios, a one-page guide, and an advice line answered within the hour.", T.ProfessionalCapability, "consent,gillick,adolescents", [AgencyType.HealthVisitingAndSchoolNursing, AgencyType.School]),
        ("Early years settings join the partnership newsletter", "Nurseries said they heard about changes last. They now get the partnership newsletter and a quarterly briefing.", "A named contact for early years, briefings at times nurseries can attend, and short summaries rather than long reports.", T.StrategicLeadershipAndCommunication, "early years,communication,briefings", [AgencyType.EarlyYears]),
        ("Exploitation: sharing missing episodes quickly", "When a child went missing from home, police and the school shared what they knew within hours and found a pattern of exploitation.", "A shared missing-episode form, return interviews within 72 hours, and a weekly exploitation meeting.", T.UnderstandingVulnerabilityAndRisk, "exploitation,missing,return interviews", [AgencyType.Police, AgencyType.School, AgencyType.ChildrensSocialCare]),
        ("Leaders model sharing", "Agency leaders publicly backed the single message, and practitioners said they felt safer to share.", "A joint statement from the three statutory partners, repeated at every induction and team meeting.", T.StrategicLeadershipAndCommunication, "leadership,single message,culture", [AgencyType.Police, AgencyType.IntegratedCareBoard, AgencyType.ChildrensSocialCare]),
        ("Maternity and children's social care pre-birth planning", "A pre-birth assessment started at 20 weeks, not 36, because maternity shared concerns early.", "A pathway agreed by midwives and social workers, with a named social worker for each maternity unit.", T.UnderstandingVulnerabilityAndRisk | T.StrategicLeadershipAndCommunication, "pre-birth,maternity,early help", [AgencyType.HospitalTrust, AgencyType.ChildrensSocialCare]),
        ("Practitioner forum on professional curiosity", "A quarterly forum lets practitioners bring cases where something did not feel right and talk them through.", "No minutes naming children, a rotating chair from different agencies, and learning written up as practice examples.", T.ProfessionalCapability, "professional curiosity,reflective practice", [AgencyType.VoluntarySector, AgencyType.School, AgencyType.GpPractice]),
        ("Voluntary sector knows who to call", "A youth club worker did not know who to tell about a disclosure. The partnership published one local contacts page.", "One page, one number, reviewed every quarter, and printed for settings without computers.", T.StrategicLeadershipAndCommunication, "contacts,voluntary sector,disclosure", [AgencyType.VoluntarySector]),
        ("College safeguarding lead joins the MASH daily call", "A college designated safeguarding lead joins the MASH call when a student over 16 is discussed.", "Clear joining instructions, a secure call, and feedback to the college after every contact.", T.StrategicLeadershipAndCommunication | T.ProfessionalCapability, "colleges,mash,feedback", [AgencyType.College, AgencyType.ChildrensSocialCare]),
        ("Recording decisions not to share", "An audit found decisions not to share were rarely recorded. A one-line template fixed that.", "The template asks what was considered, what was decided and why, and who was consulted.", T.ProfessionalCapability, "recording,decisions,audit", [AgencyType.GpPractice, AgencyType.HospitalTrust]),
        ("Neglect toolkit used across agencies", "Schools, health and early help used the same neglect toolkit, so everyone described the home in the same terms.", "Training together, one scoring guide, and shared examples of what each level looks like.", T.UnderstandingVulnerabilityAndRisk | T.ProfessionalCapability, "neglect,toolkit,common language", [AgencyType.School, AgencyType.EarlyHelp, AgencyType.HealthVisitingAndSchoolNursing]),
    ];
}
