using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Sharing.Events;
using Tessera.Core.Modules.Sharing.Inputs;
using Tessera.Core.Modules.Sharing.Models;
using Tessera.Core.Processes;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Sharing.Services;

/// <summary>A practitioner's sharing journey in progress. Each page saves its answer here straight away.</summary>
public sealed class ShareDrafts(TesseraDbContext db)
{
    /// <summary>Starts a journey about a child the practitioner's agency holds, from a concern of that child if given.</summary>
    public async Task<ShareDraft> StartAsync(Guid childRecordId, Guid? concernId, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var agencyId = process.Actor.AgencyId ?? throw new NotPermittedException("Only a member of an agency can share.");
        if (!await db.ChildRecords.AnyAsync(c => c.Id == childRecordId && c.AgencyId == agencyId, cancellationToken))
        {
            throw new NotPermittedException("Your agency does not hold a record of that child.");
        }

        var draft = new ShareDraft
        {
            Id = Guid.CreateVersion7(),
            OwnerId = process.Actor.Id ?? throw new NotPermittedException("Only a practitioner can share from a page."),
            AgencyId = agencyId,
            ChildRecordId = childRecordId,
            CreatedAt = process.Now,
            UpdatedAt = process.Now,
        };
        if (concernId is { } id && await db.Concerns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.ChildRecordId == childRecordId && c.AgencyId == agencyId, cancellationToken) is { } concern)
        {
            draft.StartedFromConcernId = concern.Id;
            draft.Concerns.Add(new ShareDraftConcern { ConcernId = concern.Id, ConcernVersion = concern.Version, ChosenAt = process.Now });
        }

        db.ShareDrafts.Add(draft);
        process.AboutChild(childRecordId);
        process.Publish(new ShareDraftStarted(draft.Id, childRecordId, draft.StartedFromConcernId));
        await process.CompleteAsync(db, cancellationToken);
        return draft;
    }

    /// <summary>The owner's unfinished draft, tracked for changes; null for anyone else or once it has ended.</summary>
    public Task<ShareDraft?> OpenAsync(Guid draftId, Guid ownerId, CancellationToken cancellationToken = default) =>
        db.ShareDrafts.Include(d => d.Concerns).SingleOrDefaultAsync(d => d.Id == draftId && d.OwnerId == ownerId && d.CompletedAt == null, cancellationToken);

    public async Task SaveAsync(ShareDraft draft, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        draft.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Replaces the chosen concerns, noting each one's version now so a later change is caught when sending.</summary>
    public async Task ChooseConcernsAsync(ShareDraft draft, IReadOnlyCollection<Guid> concernIds, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var concerns = await db.Concerns.AsNoTracking()
            .Where(c => concernIds.Contains(c.Id) && c.ChildRecordId == draft.ChildRecordId && c.AgencyId == draft.AgencyId)
            .Select(c => new { c.Id, c.Version }).ToListAsync(cancellationToken);
        draft.Concerns.RemoveAll(c => true);
        draft.Concerns.AddRange(concerns.Select(c => new ShareDraftConcern { ShareDraftId = draft.Id, ConcernId = c.Id, ConcernVersion = c.Version, ChosenAt = now }));
    }

    /// <summary>The draft's answers as the input to send.</summary>
    public static SendShareInput ToInput(ShareDraft draft, IReadOnlyList<Guid> adviceRequestIds) => new()
    {
        ChildRecordId = draft.ChildRecordId,
        ShareDraftId = draft.Id,
        Purpose = draft.Purpose,
        PurposeOther = draft.PurposeOther,
        Consent = draft.Consent,
        ConsentNotSoughtReason = draft.ConsentNotSoughtReason,
        ConsentNote = draft.ConsentNote,
        RecipientKind = draft.RecipientKind,
        RecipientAgencyId = draft.RecipientAgencyId,
        RecipientTeamId = draft.RecipientTeamId,
        RecipientPractitionerId = draft.RecipientPractitionerId,
        Concerns = draft.Concerns.Select(c => new ChosenConcern(c.ConcernId, c.ConcernVersion, c.ChosenAt)).ToList(),
        SummaryFacts = draft.SummaryFacts,
        SummaryOpinion = draft.SummaryOpinion,
        FamilyTold = draft.FamilyTold,
        FamilyNotToldReason = draft.FamilyNotToldReason,
        DataCategories = draft.DataCategories ?? Contracts.DataCategories.PersonalData,
        LawfulBasis = draft.LawfulBasis,
        Article9 = draft.Article9,
        SpecialCategoryCondition = draft.SpecialCategoryCondition,
        CriminalOffenceCondition = draft.CriminalOffenceCondition,
        GatewayCode = draft.GatewayCode,
        AdviceRequestIds = adviceRequestIds,
    };
}
