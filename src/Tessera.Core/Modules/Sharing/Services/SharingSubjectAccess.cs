using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Retention.Contracts;
using Tessera.Core.Modules.Sharing.Models;

namespace Tessera.Core.Modules.Sharing.Services;

/// <summary>
/// Shares of a child for a subject access export. What was withheld under a shield is listed as withheld, never its
/// value (the share never held it); practitioners are named by agency and role only, as third parties.
/// </summary>
public sealed class SharesForSubjectAccess(TesseraDbContext db) : ISubjectAccessSource
{
    public string Section => "shares";

    public async Task<IReadOnlyList<SubjectAccessEntry>> EntriesAsync(IReadOnlyCollection<Guid> childRecordIds, CancellationToken cancellationToken = default)
    {
        var shares = await db.Shares.AsNoTracking().Include(s => s.Items).Include(s => s.Amendments).Include(s => s.Outcomes).Include(s => s.Withheld)
            .Where(s => childRecordIds.Contains(s.ChildRecordId)).OrderBy(s => s.SentAt).AsSplitQuery().ToListAsync(cancellationToken);
        var agencyIds = shares.SelectMany(s => new[] { s.SenderAgencyId, s.RecipientAgencyId }).Distinct().ToList();
        var agencies = await db.Agencies.Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return shares.Select(s => new SubjectAccessEntry(s.Id, s.SentAt,
            $"{agencies[s.SenderAgencyId]} shared information with {agencies[s.RecipientAgencyId]}: {SharingText.Purpose(s.Purpose)}",
            new Dictionary<string, string?>
            {
                ["childRecordId"] = s.ChildRecordId.ToString(),
                ["from"] = agencies[s.SenderAgencyId],
                ["fromRole"] = s.SenderRole,
                ["to"] = agencies[s.RecipientAgencyId],
                ["purpose"] = SharingText.Purpose(s.Purpose),
                ["consent"] = SharingText.Consent(s.Consent),
                ["consentNotSoughtBecause"] = s.ConsentNotSoughtReason is { } r ? SharingText.NotSought(r) : null,
                ["summaryFacts"] = s.SummaryFacts,
                ["summaryOpinion"] = s.SummaryOpinion,
                ["concernsShared"] = string.Join("\n\n", s.Items.Select(i => $"{i.OccurredAt:d MMMM yyyy}: {i.WhatHappened}")),
                ["withheld"] = s.Withheld.Count == 0 ? null : $"{s.Withheld.Count} shielded item(s): {SubjectAccessMarkers.Withheld}",
                ["familyTold"] = s.FamilyTold ? "Yes" : "No",
                ["familyNotToldBecause"] = s.FamilyNotToldReason,
                ["lawfulBasis"] = SharingText.Basis(s.LawfulBasis),
                ["gateway"] = $"{s.GatewayCode} (registry version {s.GatewayRegistryVersion})",
                ["acknowledgedAt"] = s.AcknowledgedAt?.ToString("O"),
                ["outcomes"] = string.Join("\n", s.Outcomes.OrderBy(o => o.RepliedAt).Select(o => $"{SharingText.Outcome(o.Outcome)}{(o.Text is null ? "" : ": " + o.Text)}")),
                ["amendments"] = string.Join("\n\n", s.Amendments.OrderBy(a => a.AddedAt).Select(a => a.Text)),
            })).ToList();
    }
}

/// <summary>Recorded decisions not to share about a child, for a subject access export.</summary>
public sealed class NotSharedForSubjectAccess(TesseraDbContext db) : ISubjectAccessSource
{
    public string Section => "decisions";

    public async Task<IReadOnlyList<SubjectAccessEntry>> EntriesAsync(IReadOnlyCollection<Guid> childRecordIds, CancellationToken cancellationToken = default)
    {
        var decisions = await db.NotSharedDecisions.AsNoTracking().Where(d => childRecordIds.Contains(d.ChildRecordId))
            .OrderBy(d => d.DecidedAt).ToListAsync(cancellationToken);
        var agencyIds = decisions.Select(d => d.AgencyId).Distinct().ToList();
        var agencies = await db.Agencies.Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return decisions.Select(d => new SubjectAccessEntry(d.Id, d.DecidedAt,
            $"{agencies[d.AgencyId]} decided not to share information: {SharingText.NotShared(d.Reason)}",
            new Dictionary<string, string?>
            {
                ["childRecordId"] = d.ChildRecordId.ToString(),
                ["agency"] = agencies[d.AgencyId],
                ["role"] = d.DecidedByRole,
                ["purpose"] = d.Purpose is { } p ? SharingText.Purpose(p) : null,
                ["reason"] = SharingText.NotShared(d.Reason),
                ["reasonText"] = d.ReasonText,
            })).ToList();
    }
}
