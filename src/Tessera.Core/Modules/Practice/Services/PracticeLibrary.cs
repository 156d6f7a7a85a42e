using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Practice.Contracts;
using Tessera.Core.Modules.Practice.Events;
using Tessera.Core.Modules.Practice.Models;
using Tessera.Core.Processes;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Practice.Services;

/// <summary>Submitting, moderating and marking good-practice examples. Search is in <see cref="PracticeSearch"/>.</summary>
public sealed class PracticeLibrary(TesseraDbContext db)
{
    public const int MaxTags = 10;
    public const int TagMaxLength = 40;
    public const string StaleMessage = "Someone else moderated this example while you had it open. Check it and try again.";

    public async Task<Outcome<PracticeExample>> SubmitAsync(SubmitPracticeExampleInput input, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var errors = Validate(input, out var themes, out var tags, out var agencyTypes);
        if (!errors.IsValid)
        {
            return Outcome<PracticeExample>.Failure(errors);
        }

        var example = new PracticeExample
        {
            Id = Guid.CreateVersion7(),
            Title = input.Title!.Trim(),
            Summary = input.Summary!.Trim(),
            WhatWorked = input.WhatWorked!.Trim(),
            Themes = themes,
            Tags = PipeList.Join(tags),
            AgencyTypes = PipeList.Join(agencyTypes.Select(a => a.ToString())),
            Status = PracticeExampleStatus.AwaitingModeration,
            SubmittedById = process.Actor.Id ?? Guid.Empty,
            SubmittedByAgencyId = process.Actor.AgencyId ?? Guid.Empty,
            SubmittedAt = process.Now,
        };
        db.PracticeExamples.Add(example);
        process.Publish(new PracticeExampleSubmitted(example.Id, example.SubmittedByAgencyId));
        await process.CompleteAsync(db, cancellationToken);
        return Outcome<PracticeExample>.Success(example);
    }

    public static ValidationErrors Validate(SubmitPracticeExampleInput input, out PracticeThemes themes, out IReadOnlyList<string> tags, out IReadOnlyList<AgencyType> agencyTypes)
    {
        var errors = new ValidationErrors();
        errors.Required(nameof(input.Title), input.Title, "Enter a title");
        errors.MaxLength(nameof(input.Title), input.Title, PracticeExample.TitleMaxLength, "The title");
        errors.Required(nameof(input.Summary), input.Summary, "Enter a summary");
        errors.MaxLength(nameof(input.Summary), input.Summary, PracticeExample.SummaryMaxLength, "The summary");
        errors.Required(nameof(input.WhatWorked), input.WhatWorked, "Enter what worked");
        errors.MaxLength(nameof(input.WhatWorked), input.WhatWorked, PracticeExample.WhatWorkedMaxLength, "What worked");

        themes = PracticeThemes.None;
        foreach (var value in input.Themes)
        {
            if (Enum.TryParse<PracticeThemes>(value, out var theme) && PracticeThemeNames.All.Contains(theme))
            {
                themes |= theme;
            }
        }

        if (themes == PracticeThemes.None)
        {
            errors.Add(nameof(input.Themes), "Select at least one theme");
        }

        tags = (input.Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => string.Join(' ', t.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace("|", "", StringComparison.Ordinal))
            .Where(t => t.Length > 0).Distinct().ToList();
        if (tags.Count > MaxTags)
        {
            errors.Add(nameof(input.Tags), $"Enter {MaxTags} topic tags or fewer");
        }
        else if (tags.Any(t => t.Length > TagMaxLength))
        {
            errors.Add(nameof(input.Tags), $"Each topic tag must be {TagMaxLength} characters or fewer");
        }

        var types = new List<AgencyType>();
        foreach (var value in input.AgencyTypes)
        {
            if (Enum.TryParse<AgencyType>(value, out var type) && Enum.IsDefined(type) && !int.TryParse(value, out _))
            {
                types.Add(type);
            }
            else
            {
                errors.Add(nameof(input.AgencyTypes), "Select agency types from the list");
            }
        }

        if (types.Count == 0)
        {
            errors.Add(nameof(input.AgencyTypes), "Select the agencies involved");
        }

        agencyTypes = types.Distinct().ToList();
        return errors;
    }

    public async Task<Outcome<PracticeExample>> PublishAsync(Guid exampleId, Guid expectedVersion, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var example = await LoadAwaitingAsync(exampleId, cancellationToken);
        example.Status = PracticeExampleStatus.Published;
        example.ModeratedById = process.Actor.Id;
        example.ModeratedAt = process.Now;
        example.PublishedAt = process.Now;
        process.Publish(new PracticeExamplePublished(example.Id));
        return await SaveCheckedAsync(example, expectedVersion, "Decision", process, cancellationToken);
    }

    public async Task<Outcome<PracticeExample>> RejectAsync(Guid exampleId, Guid expectedVersion, string? reason, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var example = await LoadAwaitingAsync(exampleId, cancellationToken);
        var errors = new ValidationErrors();
        errors.Required("RejectionReason", reason, "Enter why the example is not being published");
        errors.MaxLength("RejectionReason", reason, PracticeExample.RejectionReasonMaxLength, "The reason");
        if (!errors.IsValid)
        {
            return Outcome<PracticeExample>.Failure(errors);
        }

        example.Status = PracticeExampleStatus.Rejected;
        example.RejectionReason = reason!.Trim();
        example.ModeratedById = process.Actor.Id;
        example.ModeratedAt = process.Now;
        process.Publish(new PracticeExampleRejected(example.Id));
        return await SaveCheckedAsync(example, expectedVersion, "RejectionReason", process, cancellationToken);
    }

    /// <summary>Marks a published example helpful; a second mark by the same practitioner changes nothing and returns false.</summary>
    public async Task<bool> MarkHelpfulAsync(Guid exampleId, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var practitionerId = process.Actor.Id ?? throw new NotPermittedException("Only a practitioner can mark an example helpful.");
        if (!await db.PracticeExamples.AnyAsync(e => e.Id == exampleId && e.Status == PracticeExampleStatus.Published, cancellationToken))
        {
            throw new NotPermittedException("That example is not published.");
        }

        if (await db.HelpfulMarks.AnyAsync(m => m.PracticeExampleId == exampleId && m.PractitionerId == practitionerId, cancellationToken))
        {
            return false;
        }

        db.HelpfulMarks.Add(new HelpfulMark { PracticeExampleId = exampleId, PractitionerId = practitionerId, MarkedAt = process.Now });
        process.Publish(new HelpfulMarkRecorded(exampleId));
        try
        {
            await process.CompleteAsync(db, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two clicks at once: the key refused the second mark, which is the rule we want.
            db.ChangeTracker.Clear();
            return false;
        }

        // Counted in the database, so two practitioners marking at once both count.
        await db.PracticeExamples.Where(e => e.Id == exampleId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.HelpfulCount, e => db.HelpfulMarks.Count(m => m.PracticeExampleId == e.Id)), cancellationToken);
        return true;
    }

    private async Task<PracticeExample> LoadAwaitingAsync(Guid exampleId, CancellationToken cancellationToken) =>
        await db.PracticeExamples.SingleOrDefaultAsync(e => e.Id == exampleId && e.Status == PracticeExampleStatus.AwaitingModeration, cancellationToken)
            ?? throw new NotPermittedException("That example is not awaiting moderation.");

    private async Task<Outcome<PracticeExample>> SaveCheckedAsync(PracticeExample example, Guid expectedVersion, string field, ProcessContext process, CancellationToken cancellationToken)
    {
        db.Entry(example).Property(e => e.Version).OriginalValue = expectedVersion;
        try
        {
            await process.CompleteAsync(db, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            var errors = new ValidationErrors();
            errors.Add(field, StaleMessage);
            return Outcome<PracticeExample>.Failure(errors);
        }

        return Outcome<PracticeExample>.Success(example);
    }
}
