namespace Tessera.Core.Modules.Access.Contracts;

/// <summary>
/// Supplies shares addressed to a practitioner for a child. The sharing module registers one; until then there are
/// none, and the access decision needs no change when shares arrive.
/// </summary>
public interface IShareFactSource
{
    Task<IReadOnlyList<ShareFact>> SharesAsync(Guid childRecordId, PractitionerFacts practitioner, CancellationToken cancellationToken);
}
