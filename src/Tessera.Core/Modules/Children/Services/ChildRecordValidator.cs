using System.Text.RegularExpressions;
using Tessera.Core.Modules.Children.Contracts;
using Tessera.Core.Modules.Children.Identifiers;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Children.Services;

public static partial class ChildRecordValidator
{
    [GeneratedRegex(@"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")]
    private static partial Regex PostcodePattern();

    public static ValidationErrors Validate(ChildRecordInput input, DateOnly today)
    {
        var errors = new ValidationErrors();
        errors.Required(nameof(input.GivenName), input.GivenName, "Enter the child's first name");
        errors.MaxLength(nameof(input.GivenName), input.GivenName, ChildRecord.NameMaxLength, "First name");
        errors.Required(nameof(input.FamilyName), input.FamilyName, "Enter the child's last name");
        errors.MaxLength(nameof(input.FamilyName), input.FamilyName, ChildRecord.NameMaxLength, "Last name");

        if (input.DateOfBirth is null)
        {
            errors.Add(nameof(input.DateOfBirth), "Enter the child's date of birth");
        }
        else if (input.DateOfBirth > today)
        {
            errors.Add(nameof(input.DateOfBirth), "Date of birth must be today or in the past");
        }
        else if (input.DateOfBirth < today.AddYears(-26))
        {
            errors.Add(nameof(input.DateOfBirth), "Date of birth must be within the last 26 years: Tessera holds records of children and care leavers");
        }

        if (!string.IsNullOrWhiteSpace(input.NhsNumber) && !NhsNumber.IsValid(input.NhsNumber))
        {
            errors.Add(nameof(input.NhsNumber), "Enter a valid NHS number, like 999 000 0018: 10 digits where the last one is a check digit");
        }

        if (!string.IsNullOrWhiteSpace(input.UniquePupilNumber) && !UniquePupilNumber.IsValid(input.UniquePupilNumber))
        {
            errors.Add(nameof(input.UniquePupilNumber), "Enter a valid unique pupil number: 13 characters starting with the check letter");
        }

        if (!string.IsNullOrWhiteSpace(input.Postcode) && !PostcodePattern().IsMatch(NormalisePostcode(input.Postcode)))
        {
            errors.Add(nameof(input.Postcode), "Enter a real postcode, like AB1 2CD");
        }

        errors.MaxLength(nameof(input.Address), input.Address, ChildRecord.AddressMaxLength, "Address");
        errors.MaxLength(nameof(input.AgencyReference), input.AgencyReference, ChildRecord.ReferenceMaxLength, "Your agency's reference");

        for (var i = 0; i < input.Aliases.Count; i++)
        {
            var alias = input.Aliases[i];
            if (string.IsNullOrWhiteSpace(alias.GivenName) && string.IsNullOrWhiteSpace(alias.FamilyName))
            {
                errors.Add($"Aliases[{i}]", "Enter at least one part of the other name the child is known by");
            }
            else if ((alias.GivenName?.Length ?? 0) > ChildRecord.NameMaxLength || (alias.FamilyName?.Length ?? 0) > ChildRecord.NameMaxLength)
            {
                errors.Add($"Aliases[{i}]", $"Each part of an other name must be {ChildRecord.NameMaxLength} characters or fewer");
            }
        }

        for (var i = 0; i < input.RelatedAdults.Count; i++)
        {
            var adult = input.RelatedAdults[i];
            if (string.IsNullOrWhiteSpace(adult.Name))
            {
                errors.Add($"RelatedAdults[{i}].Name", "Enter the adult's name");
            }
            else if (adult.Name.Length > ChildRecord.NameMaxLength * 2)
            {
                errors.Add($"RelatedAdults[{i}].Name", $"The adult's name must be {ChildRecord.NameMaxLength * 2} characters or fewer");
            }

            if (!Enum.IsDefined(adult.Relationship))
            {
                errors.Add($"RelatedAdults[{i}].Relationship", "Select how the adult is related to the child");
            }
        }

        return errors;
    }

    /// <summary>Upper case with one space before the inward code, the form Royal Mail publishes.</summary>
    public static string NormalisePostcode(string postcode)
    {
        var compact = new string(postcode.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
        return compact.Length > 3 ? $"{compact[..^3]} {compact[^3..]}" : compact;
    }
}
