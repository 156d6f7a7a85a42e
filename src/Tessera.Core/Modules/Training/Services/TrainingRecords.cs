using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Training.Contracts;
using Tessera.Core.Modules.Training.Events;
using Tessera.Core.Modules.Training.Models;
using Tessera.Core.Processes;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Training.Services;

/// <summary>Courses and completion records. A practitioner records their own; their agency's DSL or a partnership administrator records anyone's.</summary>
public sealed class TrainingRecords(TesseraDbContext db)
{
    public async Task<Outcome<TrainingCompletion>> RecordCompletionAsync(RecordCompletionInput input, ProcessContext process, CancellationToken cancellationToken = default)
    {
        if (!await MayRecordForAsync(process.Actor, input.PractitionerId, cancellationToken))
        {
            throw new NotPermittedException("Only the practitioner, their agency's designated safeguarding lead or a partnership administrator can record their training.");
        }

        var errors = new ValidationErrors();
        var today = DateOnly.FromDateTime(process.Now.UtcDateTime);
        if (input.CourseId is not { } courseId || !await db.TrainingCourses.AnyAsync(c => c.Id == courseId, cancellationToken))
        {
            errors.Add(nameof(input.CourseId), "Select the course");
        }

        if (input.CompletedOn is not { } completedOn)
        {
            errors.Add(nameof(input.CompletedOn), "Enter the date the course was completed");
        }
        else if (completedOn > today)
        {
            errors.Add(nameof(input.CompletedOn), "The date the course was completed must be today or in the past");
        }

        errors.Required(nameof(input.Evidence), input.Evidence, "Enter the evidence, such as a certificate number or a note of who ran the session");
        errors.MaxLength(nameof(input.Evidence), input.Evidence, TrainingCompletion.EvidenceMaxLength, "The evidence");
        if (errors.IsValid && await db.TrainingCompletions.AnyAsync(c => c.PractitionerId == input.PractitionerId && c.CourseId == input.CourseId && c.CompletedOn == input.CompletedOn, cancellationToken))
        {
            errors.Add(nameof(input.CompletedOn), "This completion is already recorded");
        }

        if (!errors.IsValid)
        {
            return Outcome<TrainingCompletion>.Failure(errors);
        }

        var completion = Add(process, input.PractitionerId, input.CourseId!.Value, input.CompletedOn!.Value, input.Evidence!.Trim(), CompletionSource.Recorded);
        await process.CompleteAsync(db, cancellationToken);
        return Outcome<TrainingCompletion>.Success(completion);
    }

    /// <summary>Adds a completion and its event to the caller's process, for the caller to save.</summary>
    internal TrainingCompletion Add(ProcessContext process, Guid practitionerId, Guid courseId, DateOnly completedOn, string evidence, CompletionSource source)
    {
        var completion = new TrainingCompletion
        {
            Id = Guid.CreateVersion7(),
            PractitionerId = practitionerId,
            CourseId = courseId,
            CompletedOn = completedOn,
            Evidence = evidence,
            Source = source,
            RecordedById = process.Actor.Id,
            RecordedAt = process.Now,
        };
        db.TrainingCompletions.Add(completion);
        process.Publish(new TrainingCompletionRecorded(completion.Id, practitionerId, courseId, source));
        return completion;
    }

    public async Task<Outcome<TrainingCourse>> AddCourseAsync(CourseInput input, ProcessContext process, CancellationToken cancellationToken = default)
    {
        await RequireAdministratorAsync(process.Actor, cancellationToken);
        var errors = new ValidationErrors();
        var code = input.Code?.Trim().ToLowerInvariant();
        errors.Required(nameof(input.Code), code, "Enter a short code for the course, such as isp-refresher");
        errors.MaxLength(nameof(input.Code), code, TrainingCourse.CodeMaxLength, "The code");
        if (!string.IsNullOrEmpty(code) && !code.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-'))
        {
            errors.Add(nameof(input.Code), "The code must only include letters, numbers and hyphens");
        }
        else if (!string.IsNullOrEmpty(code) && await db.TrainingCourses.AnyAsync(c => c.Code == code, cancellationToken))
        {
            errors.Add(nameof(input.Code), "A course with this code already exists");
        }

        errors.Required(nameof(input.Title), input.Title, "Enter the course title");
        errors.MaxLength(nameof(input.Title), input.Title, TrainingCourse.TitleMaxLength, "The title");
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(nameof(input.Kind), "Select how the course is delivered");
        }

        errors.Required(nameof(input.Provider), input.Provider, "Enter who provides the course");
        errors.MaxLength(nameof(input.Provider), input.Provider, TrainingCourse.ProviderMaxLength, "The provider");
        if (input.LengthMinutes is not (> 0 and <= 10_000))
        {
            errors.Add(nameof(input.LengthMinutes), "Enter the length in minutes, a whole number from 1 to 10000");
        }

        errors.Required(nameof(input.Covers), input.Covers, "Enter what the course covers");
        errors.MaxLength(nameof(input.Covers), input.Covers, TrainingCourse.CoversMaxLength, "What the course covers");
        if (!errors.IsValid)
        {
            return Outcome<TrainingCourse>.Failure(errors);
        }

        var course = new TrainingCourse
        {
            Id = Guid.CreateVersion7(),
            Code = code!,
            Title = input.Title!.Trim(),
            Kind = input.Kind!.Value,
            Provider = input.Provider!.Trim(),
            LengthMinutes = input.LengthMinutes!.Value,
            Covers = input.Covers!.Trim(),
            CreatedAt = process.Now,
        };
        db.TrainingCourses.Add(course);
        process.Publish(new TrainingCourseAdded(course.Id, course.Kind));
        await process.CompleteAsync(db, cancellationToken);
        return Outcome<TrainingCourse>.Success(course);
    }

    /// <summary>The practitioner themselves, a DSL of their agency, or a partnership administrator.</summary>
    public async Task<bool> MayRecordForAsync(Actor actor, Guid practitionerId, CancellationToken cancellationToken = default)
    {
        if (actor.Id is not { } actorId)
        {
            return false;
        }

        if (actorId == practitionerId)
        {
            return true;
        }

        var roles = await RolesOfAsync(actorId, cancellationToken);
        if (roles.HasFlag(PractitionerRoles.PartnershipAdministrator))
        {
            return await db.Users.AnyAsync(p => p.Id == practitionerId, cancellationToken);
        }

        return roles.HasFlag(PractitionerRoles.DesignatedSafeguardingLead)
            && await db.Users.AnyAsync(p => p.Id == practitionerId && p.AgencyId == actor.AgencyId, cancellationToken);
    }

    internal async Task RequireAdministratorAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (actor.Id is not { } id || !(await RolesOfAsync(id, cancellationToken)).HasFlag(PractitionerRoles.PartnershipAdministrator))
        {
            throw new NotPermittedException("Only a partnership administrator can do this.");
        }
    }

    internal async Task<PractitionerRoles> RolesOfAsync(Guid practitionerId, CancellationToken cancellationToken) =>
        await db.Users.Where(p => p.Id == practitionerId && !p.IsDisabled).Select(p => p.Roles).SingleOrDefaultAsync(cancellationToken);
}
