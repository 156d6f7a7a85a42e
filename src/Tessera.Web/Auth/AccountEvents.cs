using Tessera.Core.Data;
using Tessera.Core.Processes;

namespace Tessera.Web.Auth;

/// <summary>Records sign-in, sign-out and enrolment as processes, so the later audit log sees every one.</summary>
public sealed class AccountEvents(TesseraDbContext db, TimeProvider clock)
{
    public async Task RecordAsync(ProcessType type, Guid practitionerId, Guid agencyId, IEvent @event, CancellationToken cancellationToken = default)
    {
        var process = ProcessContext.Start(type, Actor.ForPractitioner(practitionerId, agencyId), clock);
        process.Publish(@event);
        await process.CompleteAsync(db, cancellationToken);
    }
}
