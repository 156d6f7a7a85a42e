namespace Tessera.Core.Modules.Access.Contracts;

/// <summary>
/// Supplies shares addressed to a practitioner for a child. The sharing module registers one; until then there are
/// none, and the access decision needs no change when shares arrive.
/// </summary>
public interface IShareFactSource
{
    Task<IReadOnlyList<ShareFact>> SharesAsync(Guid childRecordId, PractitionerFacts practitioner, CancellationToken cancellationToken);

    /// <summary>
    /// The same for a page of children in one query: asking child by child made every list view cost a query per row.
    /// </summary>
    Task<ILookup<Guid, ShareFact>> SharesAsync(IReadOnlyCollection<Guid> childRecordIds, PractitionerFacts practitioner, CancellationToken cancellationToken);
}
