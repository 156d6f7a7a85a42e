using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Guidance.Contracts;
using Tessera.Core.Modules.Guidance.Events;
using Tessera.Core.Modules.Guidance.Models;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Processes;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Guidance.Services;

/// <summary>
/// Publishes guidance versions (a change to one section makes a new version of the whole guidance; old versions stay),
/// asks every practitioner to read a new version (an inbox item) and records that they have.
/// </summary>
public sealed partial class GuidanceService(TesseraDbContext db, Inbox inbox)
{
    public const string StaleMessage = "Someone else published a new version while you were editing. Your text is below: check the latest version and publish again.";

    public Task<GuidanceVersion?> CurrentAsync(CancellationToken cancellationToken = default) =>
        db.GuidanceVersions.AsNoTracking().Include(v => v.Sections.OrderBy(s => s.SortOrder))
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The current text of one section, or null when no published version has it.</summary>
    public async Task<GuidanceSection?> CurrentSectionAsync(string key, CancellationToken cancellationToken = default)
    {
        var number = await db.GuidanceVersions.MaxAsync(v => (int?)v.Number, cancellationToken);
        return number is null
            ? null
            : await db.GuidanceSections.AsNoTracking()
                .Where(s => s.Key == key && db.GuidanceVersions.Any(v => v.Id == s.GuidanceVersionId && v.Number == number))
                .SingleOrDefaultAsync(cancellationToken);
    }

    public static ValidationErrors Validate(PublishGuidanceInput input)
    {
        var errors = new ValidationErrors();
        errors.Required(nameof(input.Key), input.Key, "Enter a key for the section, like consent");
        if (!string.IsNullOrWhiteSpace(input.Key) && (input.Key.Trim().Length > GuidanceSection.KeyMaxLength || !Key().IsMatch(input.Key.Trim())))
        {
            errors.Add(nameof(input.Key), $"The key must be lower-case letters, numbers and hyphens, {GuidanceSection.KeyMaxLength} characters or fewer, like lawful-basis");
        }

        errors.Required(nameof(input.Title), input.Title, "Enter the section's title");
        errors.MaxLength(nameof(input.Title), input.Title, GuidanceSection.TitleMaxLength, "The title");
        errors.Required(nameof(input.Markdown), input.Markdown, "Enter the guidance text");
        if (input.Markdown is { Length: > GuidanceSection.MarkdownMaxLength } markdown)
        {
            errors.Add(nameof(input.Markdown), $"The guidance text must be {GuidanceSection.MarkdownMaxLength:N0} characters or fewer. You entered {markdown.Length:N0}: split it into more sections.");
        }

        errors.Required(nameof(input.ChangeSummary), input.ChangeSummary, "Enter what changed, for the change log");
        errors.MaxLength(nameof(input.ChangeSummary), input.ChangeSummary, GuidanceVersion.ChangeSummaryMaxLength, "What changed");
        return errors;
    }

    public async Task<Outcome<GuidanceVersion>> PublishAsync(PublishGuidanceInput input, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var errors = Validate(input);
        var current = await db.GuidanceVersions.AsNoTracking().Include(v => v.Sections)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        if ((current?.Number ?? 0) != (input.BasedOnNumber ?? 0))
        {
            errors.Add(nameof(input.Markdown), StaleMessage);
        }

        if (!errors.IsValid)
        {
            return Outcome<GuidanceVersion>.Failure(errors);
        }

        var version = new GuidanceVersion
        {
            Id = Guid.CreateVersion7(),
            Number = (current?.Number ?? 0) + 1,
            ChangeSummary = input.ChangeSummary!.Trim(),
            PublishedById = process.Actor.Id,
            PublishedAt = process.Now,
        };
        var key = input.Key!.Trim();
        var sections = current?.Sections.OrderBy(s => s.SortOrder).ToList() ?? [];
        var order = sections.FirstOrDefault(s => s.Key == key)?.SortOrder ?? (sections.Count == 0 ? 1 : sections.Max(s => s.SortOrder) + 1);
        version.Sections = sections.Where(s => s.Key != key)
            .Select(s => Section(version.Id, s.Key, s.Title, s.Markdown, s.SortOrder))
            .Append(Section(version.Id, key, input.Title!.Trim(), input.Markdown!, order))
            .OrderBy(s => s.SortOrder).ToList();
        db.GuidanceVersions.Add(version);

        var practitioners = await db.Users.Where(p => !p.IsDisabled && p.Id != process.Actor.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        process.Publish(new GuidancePublished(version.Id, version.Number, key, practitioners.Count));
        foreach (var practitioner in practitioners)
        {
            inbox.Notify(process, practitioner, InboxItemKind.GuidancePublished, $"New information-sharing guidance (version {version.Number}): please read it", "/guidance", version.Id);
        }

        try
        {
            await process.CompleteAsync(db, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique version number refused a version published in the same instant by someone else.
            db.ChangeTracker.Clear();
            var stale = new ValidationErrors();
            stale.Add(nameof(input.Markdown), StaleMessage);
            return Outcome<GuidanceVersion>.Failure(stale);
        }

        return Outcome<GuidanceVersion>.Success(version);
    }

    /// <summary>Records that the practitioner has read the version; reading it twice records it once.</summary>
    public async Task AcknowledgeAsync(Guid versionId, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var practitionerId = process.Actor.Id ?? throw new NotPermittedException("Only a practitioner can confirm they have read the guidance.");
        var version = await db.GuidanceVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == versionId, cancellationToken)
            ?? throw new NotPermittedException("There is no guidance version with that id.");
        if (await db.GuidanceAcknowledgements.AnyAsync(a => a.GuidanceVersionId == versionId && a.PractitionerId == practitionerId, cancellationToken))
        {
            return;
        }

        db.GuidanceAcknowledgements.Add(new GuidanceAcknowledgement { GuidanceVersionId = versionId, PractitionerId = practitionerId, AcknowledgedAt = process.Now });
        process.Publish(new GuidanceAcknowledged(versionId, version.Number));
        try
        {
            await process.CompleteAsync(db, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A double click: the first confirmation stands.
            db.ChangeTracker.Clear();
        }
    }

    public Task<bool> HasAcknowledgedAsync(Guid versionId, Guid practitionerId, CancellationToken cancellationToken = default) =>
        db.GuidanceAcknowledgements.AnyAsync(a => a.GuidanceVersionId == versionId && a.PractitionerId == practitionerId, cancellationToken);

    private static GuidanceSection Section(Guid versionId, string key, string title, string markdown, int order) =>
        new() { Id = Guid.CreateVersion7(), GuidanceVersionId = versionId, Key = key, Title = title, Markdown = markdown, SortOrder = order };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Key();
}
