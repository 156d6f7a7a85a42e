using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Practice.Models;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Practice.Moderation;

/// <summary>Examples waiting for a partnership administrator, oldest first.</summary>
public sealed class ModerationIndexModel(TesseraDbContext db) : TesseraPage
{
    public IReadOnlyList<PracticeExample> Waiting { get; private set; } = [];

    public async Task OnGetAsync() =>
        Waiting = await db.PracticeExamples.AsNoTracking().Where(e => e.Status == PracticeExampleStatus.AwaitingModeration)
            .OrderBy(e => e.SubmittedAt).Take(200).ToListAsync();
}
