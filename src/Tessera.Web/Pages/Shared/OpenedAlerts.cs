using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;

namespace Tessera.Web.Pages.Shared;

/// <summary>Opening the thing an alert is about is what the alert asks for, so the practitioner's alerts about it are read.</summary>
public static class OpenedAlerts
{
    public static Task MarkReadAsync(this TesseraDbContext db, Guid practitionerId, Guid subjectId, TimeProvider clock) =>
        db.InboxItems.Where(i => i.RecipientId == practitionerId && i.SubjectId == subjectId && i.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ReadAt, clock.GetUtcNow()));
}
