namespace Tessera.Core.Modules.Notifications.Models;

/// <summary>An in-app alert for one practitioner. The subject never names a child, so alerts are safe on any screen.</summary>
public class InboxItem
{
    public Guid Id { get; set; }
    public Guid RecipientId { get; set; }
    public InboxItemKind Kind { get; set; }
    public required string Subject { get; set; }
    public required string Link { get; set; }
    public Guid? SubjectId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
