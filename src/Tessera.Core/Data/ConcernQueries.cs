using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Modules.Concerns.Models;

namespace Tessera.Core.Data;

/// <summary>Queries over concerns that several modules share.</summary>
public static class ConcernQueries
{
    /// <summary>
    /// A filter for the concerns about a child: recorded on the child's record or linked to it. The linked ids are
    /// looked up first, because "ChildRecordId = x OR EXISTS (...)" makes both databases scan every concern, while
    /// "ChildRecordId = x OR Id IN (...)" uses an index for each side.
    /// </summary>
    public static async Task<Expression<Func<Concern, bool>>> AboutChildAsync(this TesseraDbContext db, Guid childRecordId, CancellationToken cancellationToken = default)
    {
        var linked = await db.Set<ConcernLinkedChild>().AsNoTracking()
            .Where(l => l.ChildRecordId == childRecordId).Select(l => l.ConcernId).ToListAsync(cancellationToken);
        return linked.Count == 0
            ? c => c.ChildRecordId == childRecordId
            : c => c.ChildRecordId == childRecordId || linked.Contains(c.Id);
    }
}
