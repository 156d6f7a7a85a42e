using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Reporting.Events;

[EventType(1008)]
public sealed record ReportNarrativeSaved(Guid SubjectId, int Year, string SectionKey) : IEvent;
