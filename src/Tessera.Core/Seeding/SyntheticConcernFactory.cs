using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Seeding;

/// <summary>Concerns over the two years before now, with actions, outcomes and DSL inbox alerts for recent open ones.</summary>
internal sealed class SyntheticConcernFactory(DateTimeOffset now)
{
    /// <summary>The order of the weight tables below; a code missing from the taxonomy is never picked.</summary>
    private static readonly string[] Codes =
    [
        "physical-abuse", "emotional-abuse", "sexual-abuse", "neglect", "domestic-abuse", "child-criminal-exploitation",
        "child-sexual-exploitation", "missing", "online-harm", "radicalisation", "fgm", "self-harm-mental-health", "other",
    ];

    private static readonly bool[] InTaxonomy = Codes.Select(c => ConcernTaxonomy.Categories.Any(t => t.Code == c)).ToArray();
    private static readonly Dictionary<string, string> CategoryNames = ConcernTaxonomy.Categories.ToDictionary(c => c.Code, c => c.Name);

    private static readonly string[] Amendments =
    [
        "Correction: this happened in the afternoon, not the morning.",
        "Addition: a sibling was also present at the time.",
        "Correction: the injury was on the left arm, not the right.",
    ];

    public List<DateTimeOffset> RecordedTimes(Random rng, DateOnly dateOfBirth, int count)
    {
        var from = SyntheticChildFactory.StartOf(dateOfBirth, now.AddYears(-2));
        var to = now.AddHours(-1);
        var times = new List<DateTimeOffset>(count + 1);
        for (var i = 0; i < count; i++)
        {
            times.Add(rng.Between(from, to));
        }

        return times;
    }

    public void Create(Random rng, ChildRecord record, SyntheticAgency agency, DateOnly dateOfBirth, DateTimeOffset recordedAt, bool anchor, SyntheticChildBatch batch)
    {
        var ageYears = (recordedAt - new DateTimeOffset(dateOfBirth.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)).TotalDays / 365.25;
        var category = Codes[rng.PickWeighted(CategoryWeights(agency.Definition.Type, ageYears))];
        var nonLeads = agency.Recorders.Where(r => !agency.Leads.Contains(r)).ToList();
        var recorder = anchor && nonLeads.Count > 0 ? rng.Pick(nonLeads) : rng.Pick(agency.Recorders);
        var lead = agency.Leads.Count > 0 ? rng.Pick(agency.Leads) : null;
        var bornAt = SyntheticChildFactory.StartOf(dateOfBirth, DateTimeOffset.MinValue);
        var occurredAt = rng.Chance(0.25)
            ? SyntheticChildFactory.Max(bornAt, recordedAt.AddDays(-rng.Next(1, 15)).AddMinutes(-rng.Next(0, 600)))
            : SyntheticChildFactory.Max(bornAt, recordedAt.AddMinutes(-rng.Next(5, 240)));

        var concern = new Concern
        {
            Id = rng.NextId(recordedAt),
            ChildRecordId = record.Id,
            AgencyId = record.AgencyId,
            RecordedById = recorder.Id,
            CategoryCode = category,
            LevelOfNeed = (LevelOfNeed)(1 + rng.PickWeighted([20, 40, 28, 12])),
            WhatHappened = WhatHappened(rng, category, ageYears),
            PractitionerView = rng.Chance(0.7) ? rng.Pick(ConcernPhrases.PractitionerView) : null,
            OccurredAt = occurredAt,
            RecordedAt = recordedAt,
        };

        if (ageYears < 2 || rng.Chance(0.05))
        {
            concern.ChildVoiceNotRecordedReason = ageYears < 2 ? ConcernPhrases.NoVoiceReasons[0] : rng.Pick(ConcernPhrases.NoVoiceReasons);
        }
        else
        {
            var said = rng.Chance(0.7);
            concern.ChildSaid = said ? rng.Pick(ConcernPhrases.ChildSaid) : null;
            concern.ChildSeemed = !said || rng.Chance(0.6) ? rng.Pick(ConcernPhrases.ChildSeemed) : null;
        }

        var age = now - recordedAt;
        var open = anchor || rng.Chance(age < TimeSpan.FromDays(30) ? 0.75 : age < TimeSpan.FromDays(120) ? 0.25 : 0.05);
        if (lead is not null && (anchor || rng.Chance(0.5)))
        {
            concern.AssignedToId = lead.Id;
        }

        if (!open)
        {
            concern.Status = ConcernStatus.Closed;
            concern.ClosedAt = Min(recordedAt.AddHours(rng.Next(2, 24 * 30)), now.AddMinutes(-30));
            concern.ClosedById = (lead ?? recorder).Id;
            concern.Outcome = rng.Pick(ConcernPhrases.Outcomes);
        }

        AddActions(rng, concern, agency, recorder, lead);
        if (rng.Chance(0.02))
        {
            var at = Min(recordedAt.AddHours(rng.Next(1, 72)), now.AddMinutes(-10));
            concern.Amendments.Add(new ConcernAmendment { Id = rng.NextId(at), ConcernId = concern.Id, Text = rng.Pick(Amendments), AddedById = recorder.Id, AddedAt = at });
        }

        batch.Concerns.Add(concern);
        if (open && age < TimeSpan.FromDays(30))
        {
            AlertLeads(rng, concern, agency, batch);
        }
    }

    /// <summary>A fact phrase that fits the child's age: phrases about a baby only for children under two.</summary>
    private static string WhatHappened(Random rng, string category, double ageYears)
    {
        var phrases = ConcernPhrases.WhatHappened[category];
        var phrase = rng.Pick(phrases);
        var aboutBaby = phrase.Contains("baby", StringComparison.OrdinalIgnoreCase);
        if (aboutBaby == ageYears < 2)
        {
            return phrase;
        }

        var fitting = phrases.Where(p => p.Contains("baby", StringComparison.OrdinalIgnoreCase) == ageYears < 2).ToList();
        return fitting.Count > 0 ? rng.Pick(fitting) : phrase;
    }

    private void AddActions(Random rng, Concern concern, SyntheticAgency agency, Practitioner recorder, Practitioner? lead)
    {
        if (!rng.Chance(0.3))
        {
            return;
        }

        var count = rng.Next(1, 3);
        for (var i = 0; i < count; i++)
        {
            var addedAt = Min(concern.RecordedAt.AddHours(rng.Next(0, 48)), now.AddMinutes(-20));
            var due = DateOnly.FromDateTime(addedAt.UtcDateTime).AddDays(rng.Next(2, 22));
            var assignee = rng.Pick(agency.Recorders);
            var dueTime = new DateTimeOffset(due.ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero);
            DateTimeOffset? completed = null;
            if (concern.ClosedAt is { } closed)
            {
                completed = Min(closed, Min(dueTime, now.AddMinutes(-5)));
                completed = completed < addedAt ? addedAt : completed;
            }
            else if (dueTime < now && rng.Chance(0.6))
            {
                completed = rng.Between(addedAt, Min(dueTime, now.AddMinutes(-5)));
            }

            concern.Actions.Add(new ConcernAction
            {
                Id = rng.NextId(addedAt),
                ConcernId = concern.Id,
                Description = rng.Pick(ConcernPhrases.Actions),
                AssignedToId = assignee.Id,
                DueBy = due,
                AddedById = (lead ?? recorder).Id,
                AddedAt = addedAt,
                CompletedAt = completed,
            });
        }
    }

    private void AlertLeads(Random rng, Concern concern, SyntheticAgency agency, SyntheticChildBatch batch)
    {
        foreach (var lead in agency.Leads)
        {
            if (lead.Id == concern.RecordedById)
            {
                continue;
            }

            var read = now - concern.RecordedAt > TimeSpan.FromDays(7) && rng.Chance(0.5);
            batch.InboxItems.Add(new InboxItem
            {
                Id = rng.NextId(concern.RecordedAt),
                RecipientId = lead.Id,
                Kind = InboxItemKind.ConcernRecorded,
                Subject = $"New concern: {CategoryNames[concern.CategoryCode]}, {LevelOfNeedNames.For(concern.LevelOfNeed).ToLowerInvariant()}",
                Link = $"/concerns/{concern.Id}",
                SubjectId = concern.Id,
                CreatedAt = concern.RecordedAt,
                ReadAt = read ? Min(concern.RecordedAt.AddHours(rng.Next(1, 72)), now.AddMinutes(-1)) : null,
            });
        }
    }

    /// <summary>How likely each category is, by agency and the child's age at the time (no exploitation concerns about toddlers).</summary>
    private static double[] CategoryWeights(AgencyType type, double ageYears)
    {
        // Order follows Codes: physical, emotional, sexual, neglect, domestic, CCE, CSE, missing, online, radicalisation, FGM, self-harm, other.
        double[] weights = type switch
        {
            AgencyType.Police => [10, 3, 5, 4, 35, 15, 8, 15, 7, 2, 0.5, 3, 5],
            AgencyType.School or AgencyType.College => [12, 15, 3, 25, 8, 4, 3, 6, 12, 2, 1, 12, 4],
            AgencyType.EarlyYears => [15, 12, 2, 40, 12, 0, 0, 2, 0, 0, 1, 0, 8],
            AgencyType.HospitalTrust or AgencyType.UnscheduledCare or AgencyType.GpPractice or AgencyType.HealthVisitingAndSchoolNursing
                => [20, 7, 5, 25, 10, 2, 2, 2, 2, 0.5, 3, 20, 10],
            _ => [10, 10, 6, 20, 15, 7, 5, 8, 6, 2, 1, 8, 6],
        };
        if (ageYears < 8)
        {
            weights[5] = weights[6] = weights[9] = weights[11] = 0;
        }

        if (ageYears < 5)
        {
            weights[7] = weights[8] = 0;
        }

        if (ageYears < 2)
        {
            weights[2] = 0;
        }

        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = InTaxonomy[i] ? weights[i] : 0;
        }

        return weights;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
