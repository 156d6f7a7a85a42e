using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Guidance.Models;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Guidance;

public sealed class GuidancePageTests(AppHosts hosts)
{
    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task Published_guidance_is_sanitised_asked_for_in_the_inbox_acknowledged_and_seen_by_administrators(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var p = app.Partnership;
        using var admin = app.CreateBrowser();
        await admin.SignInAsync(p.Administrator);
        var key = "consent-" + Guid.NewGuid().ToString("N")[..8];
        var edit = await admin.OpenAsync($"/guidance/manage/edit?key={key}");
        var published = await admin.SubmitAsync(edit, null, ("SectionTitle", "Consent"),
            ("Markdown", "You do **not** need consent.<script>alert(1)</script> <a href=\"javascript:alert(2)\" onclick=\"alert(3)\">x</a>"),
            ("ChangeSummary", "Consent section"));
        Expect.RedirectTo("/guidance/manage", published);

        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(p.Teacher);
        var inbox = await teacher.OpenAsync("/inbox");
        Assert.Contains("New information-sharing guidance", inbox.Text);
        var guidance = await teacher.OpenAsync("/guidance");
        var html = guidance.Single($"#{key}").InnerHtml;
        Assert.Contains("<strong>not</strong>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Please read", guidance.Text);

        Expect.RedirectTo("/guidance", await teacher.SubmitAsync(guidance, "Acknowledge"));
        var after = await teacher.OpenAsync("/guidance");
        Assert.Contains("You have confirmed you have read version", after.Text);

        var manage = await admin.OpenAsync("/guidance/manage");
        Assert.Contains(p.Teacher.DisplayName, manage.Single("#readers").NextElementSibling!.NextElementSibling!.TextContent);
        Assert.Contains("Consent section", (await teacher.OpenAsync("/guidance/history")).Text);
    }

    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task An_enormous_paste_is_refused_with_the_limit_and_kept(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var admin = app.CreateBrowser();
        await admin.SignInAsync(app.Partnership.Administrator);
        await using var db = app.CreateDbContext();
        var before = await db.GuidanceVersions.CountAsync(TestContext.Current.CancellationToken);
        var paste = "Start of the paste. " + new string('x', GuidanceSection.MarkdownMaxLength);
        var page = await admin.FillInAsync("/guidance/manage/edit?key=big-paste", null, ("SectionTitle", "Big"), ("Markdown", paste), ("ChangeSummary", ""));
        Expect.Errors(page, "#Markdown", "#ChangeSummary");
        Assert.Contains("50,000 characters or fewer", page.Text);
        Assert.Equal(paste, page.Single("#Markdown").TextContent);
        Assert.Equal(before, await db.GuidanceVersions.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task Practitioners_cannot_publish(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        using var teacher = app.CreateBrowser();
        await teacher.SignInAsync(app.Partnership.Teacher);
        Expect.RedirectTo("/account/access-denied", await teacher.GetAsync("/guidance/manage/edit"));
    }
}
