using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Language;

public sealed class ConcernWordingTests(AppHosts hosts)
{
    public static TheoryData<DatabaseProvider> Providers => AppHosts.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Unclear_wording_is_pointed_out_once_beside_the_field_and_the_concern_saves_unchanged(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var child = await app.ChildAsync(p.Teacher);
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        var whatHappened = "J said Mum's BF shouted. There are concerns about home conditions. " + Seed.Unique("ref ");

        var check = await teacher.FillInAsync($"/concerns/new?childId={child.Id}", null,
            ("CategoryCode", "neglect"), ("LevelOfNeed", "2"), ("WhatHappened", whatHappened),
            ("PractitionerView", "Mother is neglectful."), ("ChildSaid", "He shouts."));

        Assert.Equal(HttpStatusCode.OK, check.Status);
        Assert.False(check.HasErrorSummary);
        Assert.Contains("Check your wording", check.Single(".govuk-notification-banner").TextContent);
        var hints = check.Single("#WhatHappened-wording").TextContent;
        Assert.Contains("\u201CJ\u201D", hints);
        Assert.Contains("boyfriend", hints);
        Assert.Contains("Vague without facts", hints);
        // Opinion belongs in the practitioner's view, so it is not pointed out there.
        Assert.Equal("", check.Single("#PractitionerView-wording").TextContent);
        Assert.Equal(whatHappened, check.Single("#WhatHappened").TextContent);
        Assert.Equal("true", check.Single("input[name='WordingChecked']").GetAttribute("value"));
        await using (var db = app.CreateDbContext())
        {
            Assert.False(await db.Concerns.AnyAsync(c => c.WhatHappened == whatHappened));
        }

        var saved = await teacher.SubmitAsync(check, null);
        var id = Guid.Parse(Expect.Redirect(saved)["/concerns/".Length..]);
        await using (var db = app.CreateDbContext())
        {
            Assert.Equal(whatHappened, (await db.Concerns.SingleAsync(c => c.Id == id)).WhatHappened);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Clear_wording_saves_at_once_and_form_errors_come_before_wording(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var child = await app.ChildAsync(p.Teacher);
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);

        Expect.Redirect(await teacher.FillInAsync($"/concerns/new?childId={child.Id}", null,
            ("CategoryCode", "neglect"), ("LevelOfNeed", "2"), ("WhatHappened", "Jordan came to school without a coat on 3 days this week."), ("ChildSaid", "My coat is too small.")));

        var invalid = await teacher.FillInAsync($"/concerns/new?childId={child.Id}", null, ("WhatHappened", "Poor hygiene noted."));
        Expect.Errors(invalid, "#CategoryCode", "#LevelOfNeed", "#ChildSaid");
        Assert.Null(invalid.Document.QuerySelector(".govuk-notification-banner"));
        Assert.Contains("Vague without facts", invalid.Single("#WhatHappened-wording").TextContent);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_check_endpoint_answers_the_browser_script_with_findings_and_hints(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        var child = await app.ChildAsync(p.Teacher);
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        var form = await teacher.OpenAsync($"/concerns/new?childId={child.Id}");
        Assert.NotNull(form.Document.QuerySelector("script[src='/js/wording-check.js'][nonce]"));
        var token = form.Single("input[name='__RequestVerificationToken']").GetAttribute("value")!;

        using var response = await teacher.Client.PostAsync("/language/check", new FormUrlEncodedContent(
            [new("Text", "Case escalated to the MASH."), new("Purpose", "facts"), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("issue").GetString(), f.GetProperty("text").GetString())).ToList();
        Assert.Equal([("Jargon", "escalated"), ("UnexplainedAbbreviation", "MASH")], findings);
        Assert.Contains("Check your wording", json.RootElement.GetProperty("html").GetString());

        using var withoutToken = await teacher.Client.PostAsync("/language/check", new FormUrlEncodedContent([new("Text", "x")]));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
    }
}
