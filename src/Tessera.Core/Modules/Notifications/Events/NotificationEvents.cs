using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Notifications.Events;

[EventType(400)]
public sealed record InboxItemCreated(Guid SubjectId, Guid RecipientId, InboxItemKind Kind) : IEvent;
