using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Language.Contracts;
using Tessera.Core.Modules.Language.Events;
using Tessera.Core.Modules.Language.Models;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Language.Services;

/// <summary>
/// Partnership administrators keep the shared vocabulary: terms with plain-English definitions (every version kept)
/// and the agency terms that mean them. A stale page is refused rather than overwriting someone else's change, and a
/// duplicate term is refused with a message naming the term already there.
/// </summary>
public sealed class VocabularyService(TesseraDbContext db)
{
    public async Task<Outcome<VocabularyTerm>> AddTermAsync(VocabularyTermInput input, ProcessContext process, CancellationToken cancellationToken = default)
    {
        await EnsureAdministratorAsync(process, cancellationToken);
        var errors = ValidateTerm(input);
        if (!errors.IsValid)
        {
            return Outcome<VocabularyTerm>.Failure(errors);
        }

        var normalised = VocabularyTerm.Normalise(input.Term!);
        if (await DuplicateTermAsync(normalised, null, cancellationToken) is { } existing)
        {
            errors.Add(nameof(input.Term), Duplicate(existing));
            return Outcome<VocabularyTerm>.Failure(errors);
        }

        var term = new VocabularyTerm
        {
            Id = Guid.CreateVersion7(),
            Kind = input.Kind!.Value,
            Term = input.Term!.Trim(),
            NormalisedTerm = normalised,
            Definition = input.Definition!.Trim(),
            VersionNumber = 1,
            ChangedAt = process.Now,
            ChangedBy = process.Actor.Id,
        };
        db.VocabularyTerms.Add(term);
        db.VocabularyTermVersions.Add(VersionOf(term));
        process.Publish(new VocabularyTermAdded(term.Id, term.Kind.ToString(), term.Term));
        return await SaveAsync(term, errors, nameof(input.Term), normalised, process, cancellationToken);
    }

    public async Task<Outcome<VocabularyTerm>> ChangeTermAsync(Guid id, VocabularyTermInput input, ProcessContext process, CancellationToken cancellationToken = default)
    {
        await EnsureAdministratorAsync(process, cancellationToken);
        var term = await db.VocabularyTerms.SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new NotPermittedException("There is no such term.");
        var errors = ValidateTerm(input);
        if (!errors.IsValid)
        {
            return Outcome<VocabularyTerm>.Failure(errors);
        }

        if (term.Version != input.Version)
        {
            errors.Add(nameof(input.Term), Stale);
            return Outcome<VocabularyTerm>.Failure(errors);
        }

        var normalised = VocabularyTerm.Normalise(input.Term!);
        if (await DuplicateTermAsync(normalised, id, cancellationToken) is { } existing)
        {
            errors.Add(nameof(input.Term), Duplicate(existing));
            return Outcome<VocabularyTerm>.Failure(errors);
        }

        var (newTerm, newDefinition) = (input.Term!.Trim(), input.Definition!.Trim());
        if (term.Term == newTerm && term.Definition == newDefinition && term.Kind == input.Kind)
        {
            return Outcome<VocabularyTerm>.Success(term);
        }

        var from = term.VersionNumber;
        term.Kind = input.Kind!.Value;
        term.Term = newTerm;
        term.NormalisedTerm = normalised;
        term.Definition = newDefinition;
        term.VersionNumber = from + 1;
        term.ChangedAt = process.Now;
        term.ChangedBy = process.Actor.Id;
        db.VocabularyTermVersions.Add(VersionOf(term));
        process.Publish(new VocabularyTermChanged(term.Id, from, term.VersionNumber));
        return await SaveAsync(term, errors, nameof(input.Term), normalised, process, cancellationToken);
    }

    public async Task<Outcome<AgencyTermMapping>> MapAsync(AgencyTermMappingInput input, ProcessContext process, CancellationToken cancellationToken = default)
    {
        await EnsureAdministratorAsync(process, cancellationToken);
        var errors = await ValidateMappingAsync(input, null, cancellationToken);
        if (!errors.IsValid)
        {
            return Outcome<AgencyTermMapping>.Failure(errors);
        }

        var mapping = new AgencyTermMapping
        {
            Id = Guid.CreateVersion7(),
            AgencyTerm = input.AgencyTerm!.Trim(),
            NormalisedAgencyTerm = VocabularyTerm.Normalise(input.AgencyTerm!),
            UsedBy = input.UsedBy,
            TermId = input.TermId!.Value,
            VersionNumber = 1,
            ChangedAt = process.Now,
            ChangedBy = process.Actor.Id,
        };
        db.AgencyTermMappings.Add(mapping);
        db.AgencyTermMappingVersions.Add(VersionOf(mapping));
        process.Publish(new AgencyTermMapped(mapping.Id, mapping.AgencyTerm, mapping.UsedBy, mapping.TermId));
        return await SaveMappingAsync(mapping, errors, process, cancellationToken);
    }

    public async Task<Outcome<AgencyTermMapping>> ChangeMappingAsync(Guid id, AgencyTermMappingInput input, ProcessContext process, CancellationToken cancellationToken = default)
    {
        await EnsureAdministratorAsync(process, cancellationToken);
        var mapping = await db.AgencyTermMappings.SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
            ?? throw new NotPermittedException("There is no such agency term.");
        var errors = await ValidateMappingAsync(input, id, cancellationToken);
        if (!errors.IsValid)
        {
            return Outcome<AgencyTermMapping>.Failure(errors);
        }

        if (mapping.Version != input.Version)
        {
            errors.Add(nameof(input.AgencyTerm), Stale);
            return Outcome<AgencyTermMapping>.Failure(errors);
        }

        if (mapping.AgencyTerm == input.AgencyTerm!.Trim() && mapping.UsedBy == input.UsedBy && mapping.TermId == input.TermId)
        {
            return Outcome<AgencyTermMapping>.Success(mapping);
        }

        mapping.AgencyTerm = input.AgencyTerm!.Trim();
        mapping.NormalisedAgencyTerm = VocabularyTerm.Normalise(input.AgencyTerm!);
        mapping.UsedBy = input.UsedBy;
        mapping.TermId = input.TermId!.Value;
        mapping.VersionNumber++;
        mapping.ChangedAt = process.Now;
        mapping.ChangedBy = process.Actor.Id;
        db.AgencyTermMappingVersions.Add(VersionOf(mapping));
        process.Publish(new AgencyTermMappingChanged(mapping.Id, mapping.AgencyTerm, mapping.UsedBy, mapping.TermId));
        return await SaveMappingAsync(mapping, errors, process, cancellationToken);
    }

    private const string Stale = "Someone else changed this while you had it open. Check what is saved now and make your change again.";

    private static string Duplicate(string existing) =>
        $"\"{existing}\" is already in the vocabulary. Change that term instead of adding it again.";

    private static ValidationErrors ValidateTerm(VocabularyTermInput input)
    {
        var errors = new ValidationErrors();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(nameof(input.Kind), "Select what kind of term it is");
        }

        errors.Required(nameof(input.Term), input.Term, "Enter the term");
        errors.MaxLength(nameof(input.Term), input.Term?.Trim(), VocabularyTerm.TermMaxLength, "The term");
        errors.Required(nameof(input.Definition), input.Definition, "Enter a plain-English definition");
        errors.MaxLength(nameof(input.Definition), input.Definition?.Trim(), VocabularyTerm.DefinitionMaxLength, "The definition");
        return errors;
    }

    private async Task<ValidationErrors> ValidateMappingAsync(AgencyTermMappingInput input, Guid? id, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Required(nameof(input.AgencyTerm), input.AgencyTerm, "Enter the agency's term");
        errors.MaxLength(nameof(input.AgencyTerm), input.AgencyTerm?.Trim(), AgencyTermMapping.AgencyTermMaxLength, "The agency's term");
        if (input.UsedBy != 0 && !Enum.IsDefined((AgencyType)input.UsedBy))
        {
            errors.Add(nameof(input.UsedBy), "Select which type of agency uses this term");
        }

        if (input.TermId is not { } termId || !await db.VocabularyTerms.AnyAsync(t => t.Id == termId, cancellationToken))
        {
            errors.Add(nameof(input.TermId), "Select the shared term it means");
        }

        if (errors.IsValid)
        {
            var normalised = VocabularyTerm.Normalise(input.AgencyTerm!);
            if (await db.AgencyTermMappings.AnyAsync(m => m.NormalisedAgencyTerm == normalised && m.UsedBy == input.UsedBy && m.Id != id, cancellationToken))
            {
                errors.Add(nameof(input.AgencyTerm), DuplicateMapping(input.AgencyTerm!.Trim()));
            }
        }

        return errors;
    }

    private static string DuplicateMapping(string agencyTerm) =>
        $"\"{agencyTerm}\" is already mapped for this type of agency. Change that mapping instead of adding it again.";

    private async Task<string?> DuplicateTermAsync(string normalised, Guid? exceptId, CancellationToken cancellationToken) =>
        await db.VocabularyTerms.AsNoTracking().Where(t => t.NormalisedTerm == normalised && t.Id != exceptId)
            .Select(t => t.Term).FirstOrDefaultAsync(cancellationToken);

    private async Task<Outcome<VocabularyTerm>> SaveAsync(VocabularyTerm term, ValidationErrors errors, string field, string normalised, ProcessContext process, CancellationToken cancellationToken)
    {
        try
        {
            await process.CompleteAsync(db, cancellationToken);
            return Outcome<VocabularyTerm>.Success(term);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            errors.Add(field, Stale);
        }
        catch (DbUpdateException)
        {
            // Another administrator saved the same term between our check and this save: the unique index said no.
            db.ChangeTracker.Clear();
            errors.Add(field, Duplicate(await DuplicateTermAsync(normalised, term.Id, cancellationToken) ?? term.Term));
        }

        return Outcome<VocabularyTerm>.Failure(errors);
    }

    private async Task<Outcome<AgencyTermMapping>> SaveMappingAsync(AgencyTermMapping mapping, ValidationErrors errors, ProcessContext process, CancellationToken cancellationToken)
    {
        try
        {
            await process.CompleteAsync(db, cancellationToken);
            return Outcome<AgencyTermMapping>.Success(mapping);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            errors.Add(nameof(AgencyTermMappingInput.AgencyTerm), Stale);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            errors.Add(nameof(AgencyTermMappingInput.AgencyTerm), DuplicateMapping(mapping.AgencyTerm));
        }

        return Outcome<AgencyTermMapping>.Failure(errors);
    }

    private static VocabularyTermVersion VersionOf(VocabularyTerm term) => new()
    {
        Id = Guid.CreateVersion7(),
        TermId = term.Id,
        Number = term.VersionNumber,
        Kind = term.Kind,
        Term = term.Term,
        Definition = term.Definition,
        ChangedAt = term.ChangedAt,
        ChangedBy = term.ChangedBy,
    };

    private static AgencyTermMappingVersion VersionOf(AgencyTermMapping mapping) => new()
    {
        Id = Guid.CreateVersion7(),
        MappingId = mapping.Id,
        Number = mapping.VersionNumber,
        AgencyTerm = mapping.AgencyTerm,
        UsedBy = mapping.UsedBy,
        TermId = mapping.TermId,
        ChangedAt = mapping.ChangedAt,
        ChangedBy = mapping.ChangedBy,
    };

    private async Task EnsureAdministratorAsync(ProcessContext process, CancellationToken cancellationToken)
    {
        var roles = await db.Users.Where(p => p.Id == process.Actor.Id && !p.IsDisabled).Select(p => (PractitionerRoles?)p.Roles).SingleOrDefaultAsync(cancellationToken);
        if (roles is not { } held || (held & PractitionerRoles.PartnershipAdministrator) == 0)
        {
            throw new NotPermittedException("Only a partnership administrator can change the shared vocabulary.");
        }
    }
}
