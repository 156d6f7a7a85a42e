using Tessera.Core.Data;
using Tessera.Core.Modules.Notifications.Events;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Notifications.Services;

/// <summary>Adds in-app alerts inside the caller's process, so an alert exists if and only if its cause was saved.</summary>
public sealed class Inbox(TesseraDbContext db)
{
    public void Notify(ProcessContext process, Guid recipientId, InboxItemKind kind, string subject, string link, Guid? subjectId)
    {
        var item = new InboxItem
        {
            Id = Guid.CreateVersion7(),
            RecipientId = recipientId,
            Kind = kind,
            Subject = subject,
            Link = link,
            SubjectId = subjectId,
            CreatedAt = process.Now,
        };
        db.InboxItems.Add(item);
        process.Publish(new InboxItemCreated(item.Id, recipientId, kind));
    }
}
