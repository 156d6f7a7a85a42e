using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Children.Contracts;
using Tessera.Core.Modules.Children.Events;
using Tessera.Core.Modules.Children.Identifiers;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Retention.Models;
using Tessera.Core.Processes;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Children.Services;

public sealed class ChildRecordService(TesseraDbContext db)
{
    /// <summary>Creates an agency's record of a child. The record belongs to the acting practitioner's agency.</summary>
    public async Task<Outcome<ChildRecord>> CreateAsync(ChildRecordInput input, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var agencyId = process.Actor.AgencyId ?? throw new NotPermittedException("Only a member of an agency can record a child.");
        var errors = ChildRecordValidator.Validate(input, DateOnly.FromDateTime(process.Now.UtcDateTime));
        if (!errors.IsValid)
        {
            return Outcome<ChildRecord>.Failure(errors);
        }

        var record = Build(input, agencyId, process);
        var agencyType = await db.Agencies.Where(a => a.Id == agencyId).Select(a => a.Type).SingleAsync(cancellationToken);
        if (agencyType == AgencyType.School)
        {
            // A school's safeguarding file is a child protection record with its own schedule (IRMS toolkit for schools).
            record.RetentionCode = RetentionDefaults.SchoolChildProtection;
        }

        db.ChildRecords.Add(record);
        process.AboutChild(record.Id);
        process.Publish(new ChildRecordCreated(
            record.Id, agencyId, record.NhsNumber is not null, record.UniquePupilNumber is not null, record.Aliases.Count, record.RelatedAdults.Count));
        await process.CompleteAsync(db, cancellationToken);
        return Outcome<ChildRecord>.Success(record);
    }

    /// <summary>Builds the entity without saving it; the seeder uses this to write many records in one go.</summary>
    public static ChildRecord Build(ChildRecordInput input, Guid agencyId, ProcessContext process)
    {
        var record = new ChildRecord
        {
            Id = Guid.CreateVersion7(),
            AgencyId = agencyId,
            GivenName = input.GivenName!.Trim(),
            FamilyName = input.FamilyName!.Trim(),
            DateOfBirth = input.DateOfBirth!.Value,
            Sex = input.Sex,
            Address = Clean(input.Address),
            Postcode = string.IsNullOrWhiteSpace(input.Postcode) ? null : ChildRecordValidator.NormalisePostcode(input.Postcode),
            NhsNumber = string.IsNullOrWhiteSpace(input.NhsNumber) ? null : NhsNumber.Normalise(input.NhsNumber),
            UniquePupilNumber = string.IsNullOrWhiteSpace(input.UniquePupilNumber) ? null : UniquePupilNumber.Normalise(input.UniquePupilNumber),
            AgencyReference = Clean(input.AgencyReference),
            CreatedAt = process.Now,
            UpdatedAt = process.Now,
            CreatedById = process.Actor.Id ?? Guid.Empty,
            Aliases = input.Aliases.Select(a => new ChildAlias
            {
                Id = Guid.CreateVersion7(),
                GivenName = a.GivenName?.Trim() ?? "",
                FamilyName = a.FamilyName?.Trim() ?? "",
            }).ToList(),
            RelatedAdults = input.RelatedAdults.Select(a => new RelatedAdult
            {
                Id = Guid.CreateVersion7(),
                Name = a.Name.Trim(),
                Relationship = a.Relationship,
                DateOfBirth = a.DateOfBirth,
                Address = Clean(a.Address),
                Postcode = string.IsNullOrWhiteSpace(a.Postcode) ? null : ChildRecordValidator.NormalisePostcode(a.Postcode),
            }).ToList(),
        };
        record.RefreshSearchFields();
        return record;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
