using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Validation;
using Tessera.Web.Auth;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Children;

/// <summary>
/// "Who viewed this child": the case holder and DSLs see the last 25 views; the owning agency's privacy officers see
/// everything recorded about the child, with filters. Looking is itself recorded.
/// </summary>
[RequiresRecentSignIn]
public sealed class ViewsModel(TesseraDbContext db, AccessService access, ChildViewHistory history, AuditTrail audit) : TesseraPage
{
    public const int PageSize = 50;

    public static readonly AuditAction[] FilterActions =
        [AuditAction.Read, AuditAction.Search, AuditAction.Create, AuditAction.Update, AuditAction.Share, AuditAction.Export, AuditAction.Denied, AuditAction.EmergencyAccess];

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public DateParts From { get; set; } = new();
    [BindProperty(SupportsGet = true)] public DateParts To { get; set; } = new();
    [BindProperty(SupportsGet = true)] public Guid? Agency { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public bool EmergencyOnly { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public string ChildName { get; private set; } = "";
    public bool Everything { get; private set; }
    public IReadOnlyList<ChildViewRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public IReadOnlyList<Choice> Agencies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var decision = await access.DecideAsync(User.Actor(), Id, AccessPurpose.ViewAuditTrail);
        if (!decision.Allowed)
        {
            return NotFound();
        }

        var child = await db.ChildRecords.AsNoTracking().Where(c => c.Id == Id).Select(c => new { c.GivenName, c.FamilyName, c.AgencyId }).SingleAsync();
        ChildName = $"{child.GivenName} {child.FamilyName}";

        // Everything, with filters, is for the privacy officers of the agency that holds the record.
        Everything = User.HasRole(PractitionerRoles.PrivacyOfficer) && (await access.PractitionerAsync(CurrentPractitionerId))?.AgencyId == child.AgencyId;
        if (Everything)
        {
            var errors = new ValidationErrors();
            var from = From.Parse(errors, nameof(From), "From", required: false);
            var to = To.Parse(errors, nameof(To), "To", required: false);
            AuditAction? action = Enum.TryParse<AuditAction>(Action, out var a) && FilterActions.Contains(a) ? a : null;
            var filter = new ChildViewFilter(
                from is { } f ? Formats.FromUkTime(f, TimeOnly.MinValue) : null,
                to is { } t ? Formats.FromUkTime(t.AddDays(1), TimeOnly.MinValue) : null,
                Agency, action, EmergencyOnly);
            ShowErrors(errors);
            PageNumber = Math.Max(1, PageNumber);
            var page = await history.EverythingAsync(Id, errors.IsValid ? filter : new ChildViewFilter(), PageNumber, PageSize);
            Rows = page.Rows;
            Total = page.Total;
            Agencies = (await history.AgenciesAsync(Id)).Select(x => new Choice(x.Id.ToString(), x.Name)).Prepend(new Choice("", "Any agency")).ToList();
        }
        else
        {
            Rows = await history.RecentViewsAsync(Id);
            Total = Rows.Count;
        }

        // Who looked at who looked is itself on record.
        await audit.RecordAsync(AuditAction.Read, User.Actor(), "child-views", Id, Id, new { page = "who-viewed", everything = Everything, page_number = PageNumber }, decision.EmergencyAccessId);
        return Page();
    }

    public static string ActionText(AuditAction action) => action switch
    {
        AuditAction.Read => "Viewed",
        AuditAction.Search => "Found in a search",
        AuditAction.Create => "Added",
        AuditAction.Update => "Changed",
        AuditAction.Share => "Shared",
        AuditAction.Export => "Exported",
        AuditAction.Denied => "Refused access",
        AuditAction.EmergencyAccess => "Started emergency access",
        AuditAction.Erasure => "Erased",
        AuditAction.Review => "Reviewed",
        _ => action.ToString(),
    };

    public IEnumerable<Choice> ActionChoices() =>
        FilterActions.Select(a => new Choice(a.ToString(), ActionText(a))).Prepend(new Choice("", "Any action"));

    /// <summary>The link to another page of results, keeping the filters.</summary>
    public string PageHref(int page)
    {
        var query = new List<string> { $"page={page.ToString(CultureInfo.InvariantCulture)}" };
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("From.Day", From.Day);
        Add("From.Month", From.Month);
        Add("From.Year", From.Year);
        Add("To.Day", To.Day);
        Add("To.Month", To.Month);
        Add("To.Year", To.Year);
        Add("Agency", Agency?.ToString());
        Add("Action", Action);
        Add("EmergencyOnly", EmergencyOnly ? "true" : null);
        return "?" + string.Join("&", query);
    }
}
