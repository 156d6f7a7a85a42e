using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Partnership.Services;
using Tessera.Core.Processes;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Security;

/// <summary>
/// Every route the app maps is classified below, and every child-data route is refused, and the refusal audited, for
/// each of: a visitor who is not signed in, another agency, the same agency without a relationship, emergency access
/// that has expired, and a disabled account. A route nobody has classified fails the test.
/// </summary>
public sealed class AuthorisationMatrixTests(AppHosts hosts)
{
    /// <summary>One line per route pattern. Adding a route means adding its line here.</summary>
    private static readonly Dictionary<string, RouteClass> Classification = new()
    {
        [""] = new AnyPractitioner(),
        ["account/sign-in"] = new Anonymous(),
        ["account/two-factor"] = new Anonymous(),
        ["account/invitation/{token}"] = new Anonymous(),
        ["account/external-sign-in"] = new Anonymous(),
        ["account/access-denied"] = new Anonymous(),
        ["account/signed-out"] = new Anonymous(),
        ["account/sign-out"] = new AnyPractitioner(),
        ["account/two-factor/set-up"] = new AnyPractitioner(),
        ["error"] = new Anonymous(),
        ["health"] = new Anonymous(),
        ["api/{documentName}/openapi.json"] = new Anonymous(),
        ["inbox"] = new AnyPractitioner(),
        ["children"] = new AnyPractitioner(),
        ["children/new"] = new AnyPractitioner(),
        ["concerns/open"] = new AnyPractitioner(),
        ["children/{id:guid}"] = new ChildData(t => $"/children/{t.ChildId}", "GET"),
        ["concerns/new"] = new ChildData(t => $"/concerns/new?childId={t.ChildId}", "GET", "POST"),
        ["concerns/{id:guid}"] = new ChildData(t => $"/concerns/{t.ConcernId}", "GET", "POST:AddAction", "POST:Assign", "POST:Close", "POST:Amend"),
        ["children/{id:guid}/shield"] = new ChildData(t => $"/children/{t.ChildId}/shield", "GET", "POST"),
        ["children/{id:guid}/shields/{shieldId:guid}/unshield"] = new ChildData(t => $"/children/{t.ChildId}/shields/{Guid.NewGuid()}/unshield", "GET", "POST"),
        ["children/{id:guid}/assignments"] = new ChildData(t => $"/children/{t.ChildId}/assignments", "GET", "POST:Assign", "POST:End"),
        ["children/{id:guid}/views"] = new ChildData(t => $"/children/{t.ChildId}/views", "GET"),
        ["account/confirm"] = new AnyPractitioner(),
        ["emergency"] = new AnyPractitioner(),
        ["emergency/active"] = new AnyPractitioner(),
        ["privacy/emergency-reviews"] = new PrivacyOfficer(),
        ["privacy/emergency-reviews/{id:guid}"] = new PrivacyOfficer(),
        ["privacy/legal-holds"] = new PrivacyOfficer(),
        ["privacy/legal-holds/{id:guid}"] = new PrivacyOfficer(),
        ["privacy/retention"] = new PrivacyOfficer(),
        ["privacy/retention/{code}"] = new PrivacyOfficer(),
        ["privacy/subject-access"] = new PrivacyOfficer(),
        ["partnership"] = new AgencyAdministration(),
        ["partnership/agencies/new"] = new AgencyAdministration(),
        ["partnership/agencies/{id:guid}"] = new AgencyAdministration(),
        ["partnership/api-keys"] = new AgencyAdministration(),
        ["partnership/practitioners/invite"] = new AgencyAdministration(),
        ["partnership/practitioners/{id:guid}"] = new AgencyAdministration(),
        ["glossary"] = new AnyPractitioner(),
        ["language/check"] = new AnyPractitioner(),
        ["language/vocabulary"] = new AgencyAdministration(),
        ["language/vocabulary/terms/{id:guid?}"] = new AgencyAdministration(),
        ["language/vocabulary/agency-terms/{id:guid?}"] = new AgencyAdministration(),
        ["training"] = new AnyPractitioner(),
        ["training/record"] = new AnyPractitioner(),
        ["training/courses"] = new AnyPractitioner(),
        ["training/events"] = new AnyPractitioner(),
        ["training/agency"] = new TrainingManagement(),
        ["training/import"] = new TrainingManagement(),
        ["training/courses/new"] = new AgencyAdministration(),
        ["training/events/new"] = new AgencyAdministration(),
        ["training/events/{id:guid}"] = new AgencyAdministration(),
        ["reporting/training"] = new StrategicReporting(),
        ["reporting/partnership-report"] = new StrategicReporting(),
        ["partnership/report"] = new AgencyAdministration(),
        ["partnership/report/{key}"] = new AgencyAdministration(),
        ["practice"] = new AnyPractitioner(),
        ["practice/new"] = new AnyPractitioner(),
        ["practice/{id:guid}"] = new AnyPractitioner(),
        ["practice/moderation"] = new AgencyAdministration(),
        ["practice/moderation/{id:guid}"] = new AgencyAdministration(),
        ["guidance"] = new AnyPractitioner(),
        ["guidance/history"] = new AnyPractitioner(),
        ["guidance/versions/{number:int}"] = new AnyPractitioner(),
        ["guidance/manage"] = new AgencyAdministration(),
        ["guidance/manage/edit"] = new AgencyAdministration(),
        ["barriers"] = new AnyPractitioner(),
        ["barriers/new"] = new AnyPractitioner(),
        ["barriers/{id:guid}"] = new AnyPractitioner(),
        ["barriers/triage"] = new AgencyAdministration(),
        ["api/v1/children/search"] = new AgencySystemApi(),
        ["api/v1/children"] = new AgencySystemApi(),
        ["api/v1/concerns"] = new AgencySystemApi(),
        ["api/v1/concerns/{id:guid}"] = new ChildDataApi(t => $"/api/v1/concerns/{t.ConcernId}", "GET"),
        ["api/v1/shares"] = new AgencySystemApi(),
        ["sharing/start"] = new ChildData(t => $"/sharing/start?childId={t.ChildId}", "POST"),
        ["sharing/{id:guid}/purpose"] = new ChildData(t => $"/sharing/{t.DraftId}/purpose", "GET", "POST"),
        ["sharing/{id:guid}/consent"] = new ChildData(t => $"/sharing/{t.DraftId}/consent", "GET", "POST"),
        ["sharing/{id:guid}/recipient"] = new ChildData(t => $"/sharing/{t.DraftId}/recipient", "GET", "POST"),
        ["sharing/{id:guid}/what-to-share"] = new ChildData(t => $"/sharing/{t.DraftId}/what-to-share", "GET", "POST"),
        ["sharing/{id:guid}/identities"] = new ChildData(t => $"/sharing/{t.DraftId}/identities", "GET", "POST"),
        ["sharing/{id:guid}/family"] = new ChildData(t => $"/sharing/{t.DraftId}/family", "GET", "POST"),
        ["sharing/{id:guid}/lawful-basis"] = new ChildData(t => $"/sharing/{t.DraftId}/lawful-basis", "GET", "POST"),
        ["sharing/{id:guid}/check"] = new ChildData(t => $"/sharing/{t.DraftId}/check", "GET", "POST"),
        ["sharing/{id:guid}/not-shared"] = new ChildData(t => $"/sharing/{t.DraftId}/not-shared", "GET", "POST"),
        ["sharing/sent"] = new AnyPractitioner(),
        ["sharing/received"] = new AnyPractitioner(),
        ["sharing/sent/{id:guid}"] = new ChildData(t => $"/sharing/sent/{t.ShareId}", "GET", "POST"),
        ["sharing/sent/{id:guid}/record"] = new ChildData(t => $"/sharing/sent/{t.ShareId}/record", "GET"),
        ["sharing/received/{id:guid}"] = new ChildData(t => $"/sharing/received/{t.ShareId}", "GET", "POST:Acknowledge", "POST:Reply", "POST:Amend"),
        ["sharing/decisions/{id:guid}"] = new ChildData(t => $"/sharing/decisions/{t.DecisionId}", "GET"),

        // Sharing rules (issue 4): advice is anonymised and within one agency; the registry is public to practitioners.
        ["sharing/advice"] = new AnyPractitioner(),
        ["sharing/advice/ask"] = new AnyPractitioner(),
        ["sharing/advice/{id:guid}"] = new AnyPractitioner(),
        ["sharing/gateways"] = new AnyPractitioner(),
        ["sharing/gateways/history"] = new AnyPractitioner(),
        ["sharing/gateways/versions/{number}"] = new AnyPractitioner(),
        ["sharing/gateways/propose"] = new AgencyAdministration(),
        ["sharing/gateways/proposals/{id:guid}"] = new AnyPractitioner(),
    };

    [Fact]
    public async Task Every_route_is_classified()
    {
        var app = await hosts.For(DatabaseProvider.Sqlite);
        var routes = Routes(app);
        var unclassified = routes.Keys.Where(p => !Classification.ContainsKey(p)).Order().ToList();
        Assert.True(unclassified.Count == 0,
            "These routes are not classified for the authorisation matrix: " + string.Join(", ", unclassified.Select(p => $"'{p}'")) +
            $". Add one line per route to {nameof(AuthorisationMatrixTests)}.{nameof(Classification)}: new ChildData(t => $\"/your/{{t.ChildId}}\", \"GET\", \"POST\") " +
            "if it shows or changes a child's information (it is then refused to every persona in the matrix), or AnyPractitioner, " +
            "AgencyAdministration, PrivacyOfficer, TrainingManagement, StrategicReporting, AgencySystemApi or Anonymous.");
        var stale = Classification.Keys.Where(p => !routes.ContainsKey(p)).ToList();
        Assert.True(stale.Count == 0, "Classified routes that no longer exist (remove their lines): " + string.Join(", ", stale));
    }

    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task Every_protected_route_turns_away_and_audits_a_visitor_who_is_not_signed_in(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var target = await TargetAsync(app, app.Partnership.SchoolChild.Id);
        using var client = app.CreateApiClient();
        var failures = new List<string>();
        foreach (var (pattern, methods) in Routes(app).Where(r => Classification.GetValueOrDefault(r.Key) is not (null or Anonymous)))
        {
            var url = UrlFor(pattern, Classification[pattern], target, app);
            foreach (var method in methods)
            {
                var before = await LastAuditIdAsync(app);
                using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = method == HttpMethods.Post ? Body(url) : null };
                using var response = await client.SendAsync(request);
                var refused = url.StartsWith("/api/", StringComparison.Ordinal)
                    ? response.StatusCode == HttpStatusCode.Unauthorized
                    : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/sign-in", StringComparison.Ordinal);
                if (!refused)
                {
                    failures.Add($"{method} {url}: {(int)response.StatusCode} {response.Headers.Location}");
                }
                else if (!await AuditedAsync(app, before, e => e.Action == AuditAction.Denied && e.ActorKind == ActorKind.Anonymous
                    && e.Detail!.Contains($"\"route\":\"{RawPattern(app, pattern)}\"", StringComparison.Ordinal)))
                {
                    failures.Add($"{method} {url}: refused but not audited");
                }
            }
        }

        Assert.True(failures.Count == 0, "Anonymous requests not refused and audited:\n" + string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task Every_child_data_route_is_refused_and_audited_for_each_persona_without_a_relationship(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var schoolChild = await TargetAsync(app, p.SchoolChild.Id);
        var nurtureChild = await TargetAsync(app, p.NurtureChild.Id);
        await ExpiredEmergencyAccessAsync(app, p.Clinician, p.SchoolChild.Id);

        var personas = new List<(string Name, Practitioner Who, MatrixTarget Target, Browser Browser)>
        {
            ("another agency", p.PoliceOfficer, schoolChild, await SignedInAsync(app, p.PoliceOfficer)),
            ("same agency without a relationship", p.Teacher, nurtureChild, await SignedInAsync(app, p.Teacher)),
            ("expired emergency access", p.Clinician, schoolChild, await SignedInAsync(app, p.Clinician)),
        };
        var disabled = await app.PractitionerAsync(p.SchoolId, PractitionerRoles.Practitioner);
        var disabledBrowser = await SignedInAsync(app, disabled);
        await DisableAsync(app, disabled);
        personas.Add(("disabled account (signed in before it was disabled)", disabled, schoolChild, disabledBrowser));

        var failures = new List<string>();
        try
        {
            foreach (var (pattern, routeClass) in Classification.Where(c => c.Value is ChildData))
            {
                var childData = (ChildData)routeClass;
                foreach (var (name, who, target, browser) in personas)
                {
                    foreach (var (method, url) in Requests(childData.Url(target), childData.Methods))
                    {
                        var before = await LastAuditIdAsync(app);
                        var response = await SendAsync(browser, method, url);
                        if (!IsRefused(response))
                        {
                            failures.Add($"{name}: {method} {url} gave {(int)response.StatusCode} {response.Headers.Location}");
                        }
                        else if (!await AuditedAsync(app, before, e => e.Action == AuditAction.Denied && e.ActorId == who.Id
                            && (e.ChildRecordId == target.ChildId || e.Detail!.Contains("\"outcome\":\"forbid\"", StringComparison.Ordinal))))
                        {
                            failures.Add($"{name}: {method} {url} was refused but no denial naming the child was audited");
                        }
                    }
                }
            }
        }
        finally
        {
            foreach (var persona in personas)
            {
                persona.Browser.Dispose();
            }
        }

        Assert.True(failures.Count == 0, "Child data not refused and audited:\n" + string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task A_disabled_account_cannot_sign_in_and_the_refusal_is_audited(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var browser = app.CreateBrowser();
        var before = await LastAuditIdAsync(app);
        var refused = await browser.FillInAsync("/account/sign-in", null, ("Email", app.Partnership.DisabledTeacher.Email!), ("Password", Tessera.TestSupport.TestPartnership.Password));
        Expect.Errors(refused, "#Email");
        Assert.True(await AuditedAsync(app, before, e => e.Action == AuditAction.SignInFailed && e.ActorId == app.Partnership.DisabledTeacher.Id));
        Expect.RedirectTo("/account/sign-in", await browser.GetAsync($"/children/{app.Partnership.SchoolChild.Id}"));
    }

    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task Child_data_in_the_API_is_refused_and_audited_for_another_agencys_key(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var target = await TargetAsync(app, app.Partnership.SchoolChild.Id);
        using var police = app.CreateApiClient(await app.ApiKeyAsync(app.Partnership.PoliceOfficer));
        using var school = app.CreateApiClient(await app.ApiKeyAsync(app.Partnership.Teacher));
        foreach (var (pattern, routeClass) in Classification.Where(c => c.Value is ChildDataApi))
        {
            var api = (ChildDataApi)routeClass;
            var url = api.Url(target);
            var before = await LastAuditIdAsync(app);
            using var refused = await police.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.True(await AuditedAsync(app, before, e => e.Action == AuditAction.Denied && e.ActorKind == ActorKind.ApiClient && e.ChildRecordId == target.ChildId), $"GET {url} by another agency was not audited");

            // The agency's own key is let in, and its read is audited.
            before = await LastAuditIdAsync(app);
            using var allowed = await school.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            Assert.True(await AuditedAsync(app, before, e => e.Action == AuditAction.Read && e.ChildRecordId == target.ChildId), $"GET {url} was not audited as a read");
        }
    }

    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task Administration_is_refused_and_audited_for_a_practitioner(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var teacher = await SignedInAsync(app, app.Partnership.Teacher);
        foreach (var pattern in Classification.Where(c => c.Value is AgencyAdministration or PrivacyOfficer or TrainingManagement or StrategicReporting).Select(c => c.Key))
        {
            var url = "/" + Fill(app, pattern);
            var before = await LastAuditIdAsync(app);
            Expect.RedirectTo("/account/access-denied", await teacher.GetAsync(url));
            Assert.True(await AuditedAsync(app, before, e => e.Action == AuditAction.Denied && e.ActorId == app.Partnership.Teacher.Id && e.Detail!.Contains("forbid", StringComparison.Ordinal)), $"GET {url} refused without an audit entry");
        }
    }

    /// <summary>Route pattern (without the leading slash) → the HTTP methods it accepts.</summary>
    private static Dictionary<string, string[]> Routes(TesseraApp app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .GroupBy(e => e.RoutePattern.RawText!.TrimStart('/'))
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get, HttpMethods.Post]).Distinct().ToArray());

    private static string RawPattern(TesseraApp app, string pattern) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .First(e => e.RoutePattern.RawText!.TrimStart('/') == pattern).RoutePattern.RawText!;

    private static string UrlFor(string pattern, RouteClass routeClass, MatrixTarget target, TesseraApp app) => routeClass switch
    {
        ChildData c => c.Url(target),
        ChildDataApi c => c.Url(target),
        _ => "/" + Fill(app, pattern),
    };

    /// <summary>The pattern with each parameter given a value: a new id for a guid, a sample token otherwise.</summary>
    private static string Fill(TesseraApp app, string pattern) =>
        string.Join("/", app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .First(e => e.RoutePattern.RawText!.TrimStart('/') == pattern).RoutePattern.PathSegments
            .Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart p when p.ParameterPolicies.Any(x => x.Content == "guid") => Guid.NewGuid().ToString(),
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart p when p.ParameterPolicies.Any(x => x.Content == "int") => "1",
                _ => "sample",
            }))));

    /// <summary>"GET", "POST", or "POST:Handler" for a named page handler.</summary>
    private static IEnumerable<(string Method, string Url)> Requests(string url, string[] methods) =>
        methods.Select(m => m.Split(':') is [var method, var handler]
            ? (method, url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler)
            : (m, url));

    private static HttpContent Body(string url) => url.StartsWith("/api/", StringComparison.Ordinal)
        ? new StringContent("{}", System.Text.Encoding.UTF8, "application/json")
        : new FormUrlEncodedContent([]);

    /// <summary>A GET, or a POST with a valid antiforgery token, so only the access decision can refuse it.</summary>
    private static async Task<HttpResponseMessage> SendAsync(Browser browser, string method, string url)
    {
        if (method == HttpMethods.Get)
        {
            return (await browser.GetAsync(url)).Response;
        }

        var token = (await browser.OpenAsync("/children")).Single("input[name='__RequestVerificationToken']").GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        return await browser.Client.PostAsync(url, content);
    }

    /// <summary>
    /// Refused: a 404, a redirect to the 404 page (what a refused POST gets), or — for an action the role can never
    /// take — a redirect to the access-denied page.
    /// </summary>
    private static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.NotFound
        || (response.StatusCode == HttpStatusCode.Redirect && (response.Headers.Location!.OriginalString == "/error?status=404"
            || PathOf(response.Headers.Location) == "/account/access-denied"));

    private static string PathOf(Uri location) => location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];

    private static async Task<Browser> SignedInAsync(TesseraApp app, Practitioner who)
    {
        var browser = app.CreateBrowser();
        await browser.SignInAsync(who);
        return browser;
    }

    private static async Task<MatrixTarget> TargetAsync(TesseraApp app, Guid childId)
    {
        await using var db = app.CreateDbContext();
        var child = await db.ChildRecords.AsNoTracking().SingleAsync(c => c.Id == childId);
        var concern = await db.Concerns.AsNoTracking().Where(c => c.ChildRecordId == childId).Select(c => (Guid?)c.Id).FirstOrDefaultAsync()
            ?? (await app.ConcernAsync(app.Partnership.SchoolDsl, child)).Id;
        // Shared from the school's DSL to its privacy officer: no persona below is a recipient or the sender.
        var concernRow = await db.Concerns.AsNoTracking().SingleAsync(c => c.Id == concern);
        return new MatrixTarget(childId, concern)
        {
            DraftId = (await app.DraftAsync(app.Partnership.SchoolDsl, childId, concern)).Id,
            ShareId = (await app.ShareAsync(app.Partnership.SchoolDsl, concernRow, app.Partnership.SchoolPrivacyOfficer)).Id,
            DecisionId = (await app.NotSharedAsync(app.Partnership.SchoolDsl, childId)).Id,
        };
    }

    /// <summary>Emergency access the clinician had to the child, which ended an hour ago on the app's clock.</summary>
    private static async Task ExpiredEmergencyAccessAsync(TesseraApp app, Practitioner clinician, Guid childId)
    {
        await using var db = app.CreateDbContext();
        var now = app.Clock.GetUtcNow();
        db.EmergencyAccesses.Add(new EmergencyAccess
        {
            Id = Guid.CreateVersion7(),
            PractitionerId = clinician.Id,
            PractitionerAgencyId = clinician.AgencyId,
            ChildRecordId = childId,
            OwningAgencyId = app.Partnership.SchoolId,
            Reason = EmergencyReason.UrgentMedicalTreatment,
            ReasonText = "Treated in the emergency department.",
            StartedAt = now - EmergencyAccess.DefaultDuration - TimeSpan.FromHours(1),
            ExpiresAt = now - TimeSpan.FromHours(1),
        });
        await db.SaveChangesAsync();
    }

    private static async Task DisableAsync(TesseraApp app, Practitioner who)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var admin = app.Partnership.Administrator;
        var process = ProcessContext.Start(ProcessType.PractitionerDisabled, Actor.ForPractitioner(admin.Id, admin.AgencyId), app.Clock);
        var outcome = await scope.ServiceProvider.GetRequiredService<PartnershipAdministration>().SetDisabledAsync(who.Id, true, process);
        Assert.True(outcome.Succeeded);
    }

    private static async Task<long> LastAuditIdAsync(TesseraApp app)
    {
        await using var db = app.CreateDbContext();
        return await db.AuditEntries.MaxAsync(e => (long?)e.Id) ?? 0;
    }

    private static async Task<bool> AuditedAsync(TesseraApp app, long after, Func<AuditEntry, bool> match)
    {
        await using var db = app.CreateDbContext();
        return (await db.AuditEntries.AsNoTracking().Where(e => e.Id > after).ToListAsync()).Any(match);
    }
}
