using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Processes;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Sharing.Advice;

/// <summary>
/// Asking and answering advice within one agency. Alerts carry no free text, so nothing a practitioner typed can
/// reach an inbox subject, even if the summary did name someone.
/// </summary>
public sealed class AdviceService(TesseraDbContext db, Inbox inbox) : IAdviceRequests
{
    public async Task<Outcome<AdviceRequestView>> AskAsync(AskAdviceInput input, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var requesterId = process.Actor.Id ?? throw new NotPermittedException("Only a practitioner can ask for advice.");
        var agencyId = process.Actor.AgencyId ?? throw new NotPermittedException("Only a member of an agency can ask for advice.");
        var errors = AdviceValidator.ValidateAsk(input);
        var advisers = input.AskRole is { } role ? await AdvisersAsync(agencyId, role, cancellationToken) : [];
        if (input.AskRole is { } asked && !advisers.Any(a => a != requesterId))
        {
            errors.Add(nameof(input.AskRole), asked == AdviserRole.DesignatedSafeguardingLead
                ? "Your agency has no other designated safeguarding lead in Tessera. Ask your privacy officer instead"
                : "Your agency has no other privacy officer in Tessera. Ask your designated safeguarding lead instead");
        }

        if (!errors.IsValid)
        {
            return Outcome<AdviceRequestView>.Failure(errors);
        }

        var request = new AdviceRequest
        {
            Id = Guid.CreateVersion7(),
            RequesterId = requesterId,
            AgencyId = agencyId,
            AskRole = input.AskRole!.Value,
            Question = input.Question!.Trim(),
            AnonymisedSummary = input.AnonymisedSummary!.Trim(),
            ShareDraftId = input.ShareDraftId,
            ReturnUrl = AdviceValidator.CleanReturnUrl(input.ReturnUrl),
            Status = AdviceStatus.Open,
            AskedAt = process.Now,
        };
        db.AdviceRequests.Add(request);
        var overridden = AnonymisationCheck.Warnings(request.AnonymisedSummary).Count > 0 || AnonymisationCheck.Warnings(request.Question).Count > 0;
        process.Publish(new AdviceRequested(request.Id, agencyId, request.AskRole, request.ShareDraftId, overridden));
        foreach (var adviser in advisers.Where(a => a != requesterId))
        {
            inbox.Notify(process, adviser, InboxItemKind.AdviceRequested, "A practitioner has asked for advice about sharing information",
                $"/sharing/advice/{request.Id}", request.Id);
        }

        await process.CompleteAsync(db, cancellationToken);
        return Outcome<AdviceRequestView>.Success(request.ToView());
    }

    public async Task<Outcome<AdviceRequestView>> AnswerAsync(Guid adviceRequestId, string? answer, Guid expectedVersion, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var adviserId = process.Actor.Id ?? throw new NotPermittedException("Only a practitioner can give advice.");
        var request = await db.AdviceRequests.FirstOrDefaultAsync(r => r.Id == adviceRequestId, cancellationToken);
        if (request is null || !await MayAdviseAsync(request, adviserId, cancellationToken))
        {
            throw new NotPermittedException("Only your agency's designated safeguarding lead or privacy officer can answer this.");
        }

        var errors = new ValidationErrors();
        if (request.Status != AdviceStatus.Open)
        {
            errors.Add("Answer", "This request has already been answered");
        }
        else if (request.Version != expectedVersion)
        {
            errors.Add("Answer", "Someone else changed this while you had it open. Check the request and answer again");
        }

        errors.Required("Answer", answer, "Enter your advice");
        errors.MaxLength("Answer", answer?.Trim(), AdviceRequest.AnswerMaxLength, "Advice");
        if (!errors.IsValid)
        {
            return Outcome<AdviceRequestView>.Failure(errors);
        }

        request.Answer = answer!.Trim();
        request.AnsweredById = adviserId;
        request.AnsweredAt = process.Now;
        request.Status = AdviceStatus.Answered;
        process.Publish(new AdviceAnswered(request.Id, request.AgencyId, request.ShareDraftId));
        inbox.Notify(process, request.RequesterId, InboxItemKind.AdviceAnswered, "Your request for advice about sharing has been answered",
            $"/sharing/advice/{request.Id}", request.Id);
        try
        {
            await process.CompleteAsync(db, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            errors.Add("Answer", "Someone else answered this while you had it open");
            return Outcome<AdviceRequestView>.Failure(errors);
        }

        return Outcome<AdviceRequestView>.Success(request.ToView());
    }

    public async Task<IReadOnlyList<AdviceRequestView>> AnsweredForDraftAsync(Guid shareDraftId, Guid requesterId, CancellationToken cancellationToken = default)
    {
        var rows = await db.AdviceRequests.AsNoTracking()
            .Where(r => r.ShareDraftId == shareDraftId && r.RequesterId == requesterId && r.Status == AdviceStatus.Answered)
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.AskedAt).Select(r => r.ToView()).ToList();
    }

    public async Task<AdviceRequestView?> GetAsync(Guid adviceRequestId, Guid practitionerId, CancellationToken cancellationToken = default)
    {
        var request = await db.AdviceRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == adviceRequestId, cancellationToken);
        if (request is null)
        {
            return null;
        }

        return request.RequesterId == practitionerId || await MayAdviseAsync(request, practitionerId, cancellationToken) ? request.ToView() : null;
    }

    /// <summary>The concurrency version of a request, for the answer form.</summary>
    public Task<Guid> VersionOfAsync(Guid adviceRequestId, CancellationToken cancellationToken = default) =>
        db.AdviceRequests.Where(r => r.Id == adviceRequestId).Select(r => r.Version).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Whether this practitioner may answer the request: an adviser of the requester's agency, not the requester.</summary>
    public async Task<bool> MayAdviseAsync(AdviceRequestView request, Guid practitionerId, CancellationToken cancellationToken = default) =>
        request.RequesterId != practitionerId && await IsAdviserAsync(practitionerId, request.AgencyId, cancellationToken);

    /// <summary>What the practitioner asked, newest first.</summary>
    public async Task<IReadOnlyList<AdviceRequestView>> AskedByAsync(Guid requesterId, CancellationToken cancellationToken = default)
    {
        var rows = await db.AdviceRequests.AsNoTracking().Where(r => r.RequesterId == requesterId).ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.AskedAt).Select(r => r.ToView()).ToList();
    }

    /// <summary>Open requests this practitioner can answer (their agency's, not their own), oldest first.</summary>
    public async Task<IReadOnlyList<AdviceRequestView>> AwaitingAdviceAsync(Guid adviserId, CancellationToken cancellationToken = default)
    {
        var adviser = await db.Users.AsNoTracking().Where(p => p.Id == adviserId && !p.IsDisabled).Select(p => new { p.AgencyId, p.Roles }).FirstOrDefaultAsync(cancellationToken);
        if (adviser is null || !IsAdviserRole(adviser.Roles))
        {
            return [];
        }

        var rows = await db.AdviceRequests.AsNoTracking()
            .Where(r => r.AgencyId == adviser.AgencyId && r.Status == AdviceStatus.Open && r.RequesterId != adviserId)
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.AskedAt).Select(r => r.ToView()).ToList();
    }

    public static bool IsAdviserRole(PractitionerRoles roles) =>
        (roles & (PractitionerRoles.DesignatedSafeguardingLead | PractitionerRoles.PrivacyOfficer)) != 0;

    private async Task<bool> MayAdviseAsync(AdviceRequest request, Guid practitionerId, CancellationToken cancellationToken) =>
        request.RequesterId != practitionerId && await IsAdviserAsync(practitionerId, request.AgencyId, cancellationToken);

    private async Task<bool> IsAdviserAsync(Guid practitionerId, Guid agencyId, CancellationToken cancellationToken)
    {
        var roles = await db.Users.AsNoTracking().Where(p => p.Id == practitionerId && p.AgencyId == agencyId && !p.IsDisabled)
            .Select(p => (PractitionerRoles?)p.Roles).FirstOrDefaultAsync(cancellationToken);
        return roles is { } r && IsAdviserRole(r);
    }

    private async Task<List<Guid>> AdvisersAsync(Guid agencyId, AdviserRole role, CancellationToken cancellationToken)
    {
        var flag = (int)(role == AdviserRole.DesignatedSafeguardingLead ? PractitionerRoles.DesignatedSafeguardingLead : PractitionerRoles.PrivacyOfficer);
        return await db.Users.Where(p => p.AgencyId == agencyId && !p.IsDisabled && ((int)p.Roles & flag) != 0).Select(p => p.Id).ToListAsync(cancellationToken);
    }
}
