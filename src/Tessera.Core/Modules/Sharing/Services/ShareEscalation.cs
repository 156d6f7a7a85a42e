using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Events;
using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Sharing.Services;

/// <summary>How long a recipient has to acknowledge a share, in working days (Tessera:Sharing:AcknowledgeWithin, default 1).</summary>
public sealed record SharingSettings(int AcknowledgeWithinWorkingDays = 1)
{
    public const string AcknowledgeWithinKey = "Tessera:Sharing:AcknowledgeWithin";

    /// <summary>Null when the setting is missing; an exception naming the key when it is not a whole number of days from 1 to 30.</summary>
    public static SharingSettings From(string? text) =>
        string.IsNullOrWhiteSpace(text) ? new SharingSettings()
        : int.TryParse(text.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= 30 ? new SharingSettings(days)
        : throw new ArgumentException($"{AcknowledgeWithinKey} is '{text}'. Use a whole number of working days from 1 to 30.");
}

/// <summary>
/// Escalates shares nobody acknowledged in time to the recipient agency's designated safeguarding leads, once each.
/// Each escalation is its own process, so one failure does not hold back the rest.
/// </summary>
public sealed class ShareEscalation(TesseraDbContext db, Inbox inbox, ShareRecipients recipients, IWorkingDayCalendar calendar, SharingSettings settings, TimeProvider clock)
{
    public async Task<int> EscalateOverdueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();

        // A working day is never shorter than a calendar day, so nothing sent later than this can be overdue yet.
        var latest = now.AddDays(-settings.AcknowledgeWithinWorkingDays);
        var candidates = await db.Shares.Where(s => s.AcknowledgedAt == null && s.EscalatedAt == null && s.SentAt <= latest)
            .OrderBy(s => s.SentAt).Take(500).ToListAsync(cancellationToken);
        var escalated = 0;
        foreach (var share in candidates)
        {
            if (await calendar.AddWorkingDaysAsync(share.SentAt, settings.AcknowledgeWithinWorkingDays, cancellationToken) > now)
            {
                continue;
            }

            var process = ProcessContext.Start(ProcessType.ShareEscalated, Actor.System, clock, "Not acknowledged in time").AboutChild(share.ChildRecordId);
            share.EscalatedAt = process.Now;
            var leads = await recipients.LeadsAsync(share.RecipientAgencyId, cancellationToken);
            foreach (var lead in leads)
            {
                inbox.Notify(process, lead, InboxItemKind.ShareNotAcknowledged,
                    "Information shared with your agency has not been acknowledged", $"/sharing/received/{share.Id}", share.Id);
            }

            process.Publish(new ShareEscalated(share.Id, share.RecipientAgencyId, leads.Count));
            await process.CompleteAsync(db, cancellationToken);
            escalated++;
        }

        return escalated;
    }
}
