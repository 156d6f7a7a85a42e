using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Emergency;

/// <summary>
/// Break glass. The child's identifiers travel only in POST bodies (the form, then hidden fields on the confirm step),
/// never in an address, so they do not end up in browser history or server logs.
/// </summary>
public sealed class StartModel(EmergencyAccessService emergencies, EmergencyAccessSettings settings, TimeProvider clock) : TesseraPage
{
    [BindProperty] public string? NhsNumber { get; set; }
    [BindProperty] public string? GivenName { get; set; }
    [BindProperty] public string? FamilyName { get; set; }
    [BindProperty] public DateParts DateOfBirth { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? ReasonText { get; set; }

    /// <summary>Set once the details match: the page then asks the practitioner to confirm.</summary>
    public IReadOnlyList<EmergencyMatch> Matches { get; private set; } = [];

    public string Duration => EmergencyText.Duration(settings.Duration);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var pageErrors = new ValidationErrors();
        var input = Input(pageErrors);
        if (!pageErrors.IsValid)
        {
            return ShowAll(pageErrors, input);
        }

        var found = await emergencies.FindAsync(input, User.Actor());
        if (!found.Succeeded)
        {
            ShowErrors(found.Errors);
            return Page();
        }

        Matches = found.Value!;
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync()
    {
        var pageErrors = new ValidationErrors();
        var input = Input(pageErrors);
        if (!pageErrors.IsValid)
        {
            return ShowAll(pageErrors, input);
        }

        var outcome = await emergencies.StartAsync(input, StartProcess(ProcessType.EmergencyAccessStarted, clock));
        if (!outcome.Succeeded)
        {
            ShowErrors(outcome.Errors);
            return Page();
        }

        var started = outcome.Value!;
        if (started.Count == 1)
        {
            return Redirect($"/children/{started[0].ChildRecordId}");
        }

        TempData["Banner"] = $"Emergency access started to {started.Count} records. Open each one from this list.";
        return Redirect("/emergency/active");
    }

    private StartEmergencyAccessInput Input(ValidationErrors errors)
    {
        var byNhs = !string.IsNullOrWhiteSpace(NhsNumber);
        var born = byNhs ? null : DateOfBirth.Parse(errors, nameof(DateOfBirth), "Date of birth", required: false);
        if (born is { } date && date > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
        {
            errors.Add(nameof(DateOfBirth), "Date of birth must be today or in the past");
            born = null;
        }

        int? reason = int.TryParse(Reason, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : null;
        return new StartEmergencyAccessInput
        {
            NhsNumber = NhsNumber,
            GivenName = byNhs ? null : GivenName,
            FamilyName = byNhs ? null : FamilyName,
            DateOfBirth = born,
            Reason = (EmergencyReason?)reason,
            ReasonText = ReasonText,
        };
    }

    /// <summary>The date's own problem plus the service's other checks, so everything is fixed in one go.</summary>
    private IActionResult ShowAll(ValidationErrors pageErrors, StartEmergencyAccessInput input)
    {
        var all = new ValidationErrors();
        foreach (var error in pageErrors.All)
        {
            all.Add(error.Key, error.Value);
        }

        foreach (var error in EmergencyAccessService.Validate(input with { DateOfBirth = new DateOnly(2000, 1, 1) }).All)
        {
            all.Add(error.Key, error.Value);
        }

        ShowErrors(all);
        return Page();
    }
}
