using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Concerns.Contracts;
using Tessera.Core.Modules.Concerns.Events;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Concerns.Services;

public sealed class ConcernService(TesseraDbContext db, Inbox inbox)
{
    public async Task<Outcome<Concern>> RecordAsync(RecordConcernInput input, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var agencyId = process.Actor.AgencyId ?? throw new NotPermittedException("Only a member of an agency can record a concern.");
        var categories = await db.ConcernCategories.Where(c => c.IsActive).ToDictionaryAsync(c => c.Code, c => c.Name, cancellationToken);
        var errors = ConcernValidator.Validate(input, categories.Keys, process.Now);

        // A concern can only be about children this agency holds; saying so without revealing other agencies' records.
        var childIds = input.LinkedChildRecordIds.Append(input.ChildRecordId).Distinct().ToList();
        var held = await db.ChildRecords.Where(c => childIds.Contains(c.Id) && c.AgencyId == agencyId).Select(c => c.Id).ToListAsync(cancellationToken);
        if (!held.Contains(input.ChildRecordId))
        {
            errors.Add(nameof(input.ChildRecordId), "Choose a child your agency holds a record of");
        }

        if (input.LinkedChildRecordIds.Any(id => !held.Contains(id)))
        {
            errors.Add(nameof(input.LinkedChildRecordIds), "Each linked child must be a child your agency holds a record of");
        }

        if (!errors.IsValid)
        {
            return Outcome<Concern>.Failure(errors);
        }

        var concern = new Concern
        {
            Id = Guid.CreateVersion7(),
            ChildRecordId = input.ChildRecordId,
            AgencyId = agencyId,
            RecordedById = process.Actor.Id ?? Guid.Empty,
            CategoryCode = input.CategoryCode!,
            LevelOfNeed = input.LevelOfNeed!.Value,
            WhatHappened = input.WhatHappened!.Trim(),
            PractitionerView = Clean(input.PractitionerView),
            ChildSaid = Clean(input.ChildSaid),
            ChildSeemed = Clean(input.ChildSeemed),
            ChildVoiceNotRecordedReason = Clean(input.ChildVoiceNotRecordedReason),
            OccurredAt = input.OccurredAt ?? process.Now,
            RecordedAt = process.Now,
            LinkedChildren = input.LinkedChildRecordIds.Distinct().Select(id => new ConcernLinkedChild { ChildRecordId = id }).ToList(),
        };
        db.Concerns.Add(concern);
        process.AboutChild(concern.ChildRecordId);
        process.Publish(new ConcernRecorded(
            concern.Id, concern.ChildRecordId, agencyId, concern.CategoryCode, concern.LevelOfNeed,
            BackDated: concern.OccurredAt < concern.RecordedAt.AddMinutes(-5),
            ChildVoiceRecorded: concern.ChildSaid is not null || concern.ChildSeemed is not null,
            LinkedChildCount: concern.LinkedChildren.Count));

        await AlertDesignatedSafeguardingLeadsAsync(concern, categories[concern.CategoryCode], process, cancellationToken);
        await process.CompleteAsync(db, cancellationToken);
        OpenConcernCounts.Changed();
        return Outcome<Concern>.Success(concern);
    }

    private async Task AlertDesignatedSafeguardingLeadsAsync(Concern concern, string category, ProcessContext process, CancellationToken cancellationToken)
    {
        var dsl = (int)PractitionerRoles.DesignatedSafeguardingLead;
        var leads = await db.Users
            .Where(p => p.AgencyId == concern.AgencyId && !p.IsDisabled && ((int)p.Roles & dsl) != 0)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        foreach (var lead in leads.Where(l => l != concern.RecordedById))
        {
            inbox.Notify(process, lead, InboxItemKind.ConcernRecorded,
                $"New concern: {category}, {LevelOfNeedNames.For(concern.LevelOfNeed).ToLowerInvariant()}",
                $"/concerns/{concern.Id}", concern.Id);
        }
    }

    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
