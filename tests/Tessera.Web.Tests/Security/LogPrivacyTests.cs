using System.Net;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tessera.Core.Data;
using Tessera.Web.Tests.Api;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Security;

/// <summary>
/// With every category logging at Trace, a realistic run of searches, reads, concerns, errors and refusals leaves no
/// synthetic child's name, date of birth or NHS number anywhere in the application log.
/// </summary>
public sealed class LogPrivacyTests
{
    [Fact]
    public async Task No_child_name_date_of_birth_or_NHS_number_reaches_the_application_log()
    {
        var logs = new CapturingLoggerProvider();
        await using var app = new TesseraApp(DatabaseProvider.Sqlite) { CapturingLogger = logs };
        await app.StartAsync();
        var p = app.Partnership;

        // A page session: sign in, search three ways, open the child, record a concern, make a mistake, get lost, be refused.
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        foreach (var search in new[] { "Mia Testperson", "Otherperson", "27/03/2016", "27 March 2016", "2016-03-27", "943 476 5919", "9434765919" })
        {
            Assert.Equal(HttpStatusCode.OK, (await teacher.SearchChildrenAsync(search)).Status);
        }

        await teacher.OpenAsync($"/children/{p.SchoolChild.Id}");
        var concern = await teacher.FillInAsync($"/concerns/new?childId={p.SchoolChild.Id}", null,
            ("CategoryCode", "neglect"), ("LevelOfNeed", "2"), ("WhatHappened", "Came in without a coat."), ("ChildSaid", "I was cold."));
        Expect.Redirect(concern);
        Assert.True((await teacher.FillInAsync($"/concerns/new?childId={p.SchoolChild.Id}", null, ("WhatHappened", ""))).HasErrorSummary);
        var invalidChild = await teacher.FillInAsync("/children/new", null, ("GivenName", "Zephyrine"), ("FamilyName", "Quillonby"), ("NhsNumber", "4857773458"), ("DateOfBirth.Day", "31"), ("DateOfBirth.Month", "2"), ("DateOfBirth.Year", "2017"));
        Assert.True(invalidChild.HasErrorSummary);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/children/{Guid.NewGuid()}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/children/{p.NurtureChild.Id}")).Status);
        using var officer = app.CreateBrowser();
        await officer.SignInAsync(p.PoliceOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/children/{p.SchoolChild.Id}")).Status);
        using var anonymous = app.CreateBrowser();
        Expect.RedirectTo("/account/sign-in", await anonymous.GetAsync($"/children/{p.SchoolChild.Id}"));

        // An agency system: add a child, search three ways, record a concern, send nonsense.
        using var api = app.CreateApiClient(await app.ApiKeyAsync(p.Teacher));
        using var created = await api.PostAsync("/api/v1/children", ApiJson.Body(new { givenName = "Zephyrine", familyName = "Quillonby", dateOfBirth = "2017-05-04", nhsNumber = "4857773457" }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        foreach (var search in new[] { "Zephyrine Quillonby", "04/05/2017", "485 777 3457", "Mia Testperson", "27/03/2016", "9434765919" })
        {
            Assert.Equal(HttpStatusCode.OK, (await api.SearchChildrenAsync(search)).StatusCode);
        }

        using var recorded = await api.PostAsync("/api/v1/concerns", ApiJson.Body(new { childRecordId = p.SchoolChild.Id, categoryCode = "neglect", levelOfNeed = 2, whatHappened = "No lunch again.", childSaid = "There was no bread." }));
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        await ApiJson.ProblemAsync(await api.PostAsync("/api/v1/children", ApiJson.Body(new { givenName = "Zephyrine", familyName = "Quillonby", dateOfBirth = "2999-01-01", nhsNumber = "4857773458" })), 400);
        using var malformed = await api.PostAsync("/api/v1/children/search", new StringContent("{\"q\": \"Quillonby", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        await ApiJson.ProblemAsync(await api.GetAsync($"/api/v1/concerns/{Guid.NewGuid()}"), 404);

        // EF Core would put parameter values (names, dates of birth) into its logs if this were ever switched on.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var options = scope.ServiceProvider.GetRequiredService<TesseraDbContext>().GetService<IDbContextOptions>();
            Assert.False(options.FindExtension<CoreOptionsExtension>()?.IsSensitiveDataLoggingEnabled ?? false);
        }

        var messages = logs.Messages.ToList();
        Assert.True(messages.Count > 500, $"Only {messages.Count} log messages were captured; Trace logging is not on.");
        Assert.Contains(messages, m => m.Level == LogLevel.Trace);
        Assert.Contains(messages, m => m.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Category.StartsWith("Microsoft.AspNetCore.Hosting", StringComparison.Ordinal));

        string[] identifiers =
        [
            "Testperson", "Otherperson", "Mimi", "Exampleson", "Zephyrine", "Quillonby",
            "2016-03-27", "27/03/2016", "27 March 2016", "27/3/2016", "2017-05-04", "04/05/2017", "4 May 2017", "2017-02-31",
            "9434765919", "943 476 5919", "4857773457", "485 777 3457", "4857773458",
        ];
        var leaks = messages
            .SelectMany(m => identifiers.Where(id => m.Text.Contains(id, StringComparison.OrdinalIgnoreCase)).Select(id => $"'{id}' in [{m.Level}] {m.Category}: {Shorten(m.Text)}"))
            .Distinct()
            .ToList();
        Assert.True(leaks.Count == 0, $"{leaks.Count} log messages carry a child's details:\n" + string.Join("\n", leaks.Take(20)));
    }

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + "…";
}
