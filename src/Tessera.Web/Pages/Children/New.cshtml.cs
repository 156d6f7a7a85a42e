using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Children.Contracts;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Children.Services;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Children;

public sealed class NewModel(ChildRecordService children, TimeProvider clock) : TesseraPage
{
    public static readonly Choice[] SexChoices =
    [
        new(nameof(Core.Modules.Children.Models.Sex.Female), "Female"),
        new(nameof(Core.Modules.Children.Models.Sex.Male), "Male"),
        new(nameof(Core.Modules.Children.Models.Sex.NotKnown), "Not known"),
    ];

    public static readonly Choice[] RelationshipChoices =
    [
        new(nameof(Core.Modules.Children.Models.AdultRelationship.Parent), "Parent"),
        new(nameof(Core.Modules.Children.Models.AdultRelationship.Carer), "Carer"),
        new(nameof(Core.Modules.Children.Models.AdultRelationship.HouseholdMember), "Lives in the same household"),
    ];

    [BindProperty] public string? GivenName { get; set; }
    [BindProperty] public string? FamilyName { get; set; }
    [BindProperty] public DateParts DateOfBirth { get; set; } = new();
    [BindProperty] public string? Sex { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? Postcode { get; set; }
    [BindProperty] public string? NhsNumber { get; set; }
    [BindProperty] public string? UniquePupilNumber { get; set; }
    [BindProperty] public string? AgencyReference { get; set; }
    [BindProperty] public string? AliasGivenName { get; set; }
    [BindProperty] public string? AliasFamilyName { get; set; }
    [BindProperty] public string? AdultName { get; set; }
    [BindProperty] public string? AdultRelationship { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var pageErrors = new ValidationErrors();
        var dob = DateOfBirth.Parse(pageErrors, nameof(DateOfBirth), "Date of birth", required: true);
        if (!Enum.TryParse<Sex>(Sex, out var sex))
        {
            pageErrors.Add(nameof(Sex), "Select the child's sex, or 'Not known'");
        }

        var hasAdult = !string.IsNullOrWhiteSpace(AdultName);
        var relationship = Enum.TryParse<AdultRelationship>(AdultRelationship, out var parsedRelationship) ? parsedRelationship : default;
        if (hasAdult && string.IsNullOrEmpty(AdultRelationship))
        {
            pageErrors.Add(nameof(AdultRelationship), "Select how the adult is related to the child");
        }

        var input = new ChildRecordInput
        {
            GivenName = GivenName,
            FamilyName = FamilyName,
            DateOfBirth = dob,
            Sex = sex,
            Address = Address,
            Postcode = Postcode,
            NhsNumber = NhsNumber,
            UniquePupilNumber = UniquePupilNumber,
            AgencyReference = AgencyReference,
            Aliases = string.IsNullOrWhiteSpace(AliasGivenName) && string.IsNullOrWhiteSpace(AliasFamilyName)
                ? []
                : [new AliasInput(AliasGivenName ?? "", AliasFamilyName ?? "")],
            RelatedAdults = hasAdult ? [new RelatedAdultInput(AdultName!, relationship)] : [],
        };

        var serviceErrors = ChildRecordValidator.Validate(input, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var errors = Merge(pageErrors, serviceErrors);
        if (!errors.IsValid)
        {
            ShowErrors(errors);
            return Page();
        }

        var outcome = await children.CreateAsync(input, StartProcess(ProcessType.ChildRecordCreated, clock));
        if (!outcome.Succeeded)
        {
            ShowErrors(outcome.Errors);
            return Page();
        }

        return Redirect($"/children/{outcome.Value!.Id}");
    }

    /// <summary>Puts the page's own errors (date boxes, radios) and the service's in form order for the summary.</summary>
    private static ValidationErrors Merge(ValidationErrors page, ValidationErrors service)
    {
        string[] order = ["GivenName", "FamilyName", "DateOfBirth", "Sex", "Address", "Postcode", "NhsNumber", "UniquePupilNumber", "AgencyReference", "Aliases[0]", "RelatedAdults[0].Name", "AdultRelationship"];
        var merged = new ValidationErrors();
        foreach (var field in order)
        {
            var message = page.For(field) ?? service.For(field);
            if (message is not null)
            {
                merged.Add(field == "Aliases[0]" ? "AliasGivenName" : field == "RelatedAdults[0].Name" ? "AdultName" : field, message);
            }
        }

        return merged;
    }
}
