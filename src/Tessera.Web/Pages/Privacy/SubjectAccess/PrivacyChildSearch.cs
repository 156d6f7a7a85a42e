using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Children.Contracts;
using Tessera.Core.Modules.Children.Services;
using Tessera.Core.Processes;
using Tessera.Core.Validation;

namespace Tessera.Web.Pages.Privacy.SubjectAccess;

/// <summary>
/// A privacy officer's search of their agency's records, for data-rights pages. The search text is posted, never put
/// in a URL, and is audited as a keyed hash with the ids it returned.
/// </summary>
public sealed class PrivacyChildSearch(ChildSearch search, AuditTrail audit, AuditTermHasher hasher)
{
    public const string Field = "Q";

    public async Task<IReadOnlyList<ChildSearchResult>?> FindAsync(string? text, Actor actor, ValidationErrors errors)
    {
        errors.Required(Field, text, "Enter the child's name, date of birth or NHS number");
        errors.MaxLength(Field, text, 200, "Search text");
        if (!errors.IsValid || actor.AgencyId is not { } agencyId)
        {
            return null;
        }

        var results = await search.SearchAsync(agencyId, text!);
        var query = ChildSearch.Interpret(text!);
        await audit.RecordAsync(AuditAction.Search, actor, "child-search", null, null,
            new { purpose = "data-rights", kind = query.Kind, term = hasher.Hash(query.Kind, query.Text), results = results.Select(r => r.Id).ToArray() });
        return results;
    }
}
