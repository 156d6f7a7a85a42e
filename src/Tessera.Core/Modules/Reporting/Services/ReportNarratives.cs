using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Reporting.Events;
using Tessera.Core.Modules.Reporting.Models;
using Tessera.Core.Processes;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Reporting.Services;

/// <summary>The narrative sections of the yearly partnership report, written by partnership administrators.</summary>
public sealed class ReportNarratives(TesseraDbContext db)
{
    public const string StaleMessage = "Someone else changed this section while you had it open. Your text is below; check the saved version and save again.";

    public async Task<IReadOnlyList<ReportNarrative>> ForYearAsync(int year, CancellationToken cancellationToken = default) =>
        await db.ReportNarratives.AsNoTracking().Where(n => n.Year == year).ToListAsync(cancellationToken);

    /// <summary>Saves a section. <paramref name="expectedVersion"/> is what the administrator saw (empty for a new section).</summary>
    public async Task<Outcome<ReportNarrative>> SaveAsync(int year, string key, string? text, Guid expectedVersion, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var administrator = (int)PractitionerRoles.PartnershipAdministrator;
        if (process.Actor.Id is not { } actorId || !await db.Users.AnyAsync(p => p.Id == actorId && !p.IsDisabled && ((int)p.Roles & administrator) != 0, cancellationToken))
        {
            throw new NotPermittedException("Only a partnership administrator can write the partnership report.");
        }

        if (PartnershipReportSections.All.All(s => s.Key != key) || year is < 2000 or > 2100)
        {
            throw new NotPermittedException("There is no such section of the report.");
        }

        var errors = new ValidationErrors();
        errors.Required("Text", text, "Enter the text for this section");
        errors.MaxLength("Text", text, ReportNarrative.TextMaxLength, "The text");
        var narrative = await db.ReportNarratives.SingleOrDefaultAsync(n => n.Year == year && n.SectionKey == key, cancellationToken);
        if ((narrative?.Version ?? Guid.Empty) != expectedVersion)
        {
            errors.Add("Text", StaleMessage);
        }

        if (!errors.IsValid)
        {
            return Outcome<ReportNarrative>.Failure(errors);
        }

        if (narrative is null)
        {
            narrative = new ReportNarrative { Id = Guid.CreateVersion7(), Year = year, SectionKey = key, Text = "" };
            db.ReportNarratives.Add(narrative);
        }

        narrative.Text = text!.Trim();
        narrative.UpdatedById = actorId;
        narrative.UpdatedAt = process.Now;
        process.Publish(new ReportNarrativeSaved(narrative.Id, year, key));
        try
        {
            await process.CompleteAsync(db, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Changed, or first written, by someone else between our read and our write: nothing of ours was saved.
            errors.Add("Text", StaleMessage);
            return Outcome<ReportNarrative>.Failure(errors);
        }

        return Outcome<ReportNarrative>.Success(narrative);
    }
}
