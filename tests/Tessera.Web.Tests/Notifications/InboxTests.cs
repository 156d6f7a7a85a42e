using Tessera.Core.Data;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Web.Tests.Infrastructure;

namespace Tessera.Web.Tests.Notifications;

public sealed class InboxTests(AppHosts hosts)
{
    [Theory]
    [MemberData(nameof(AppHosts.Providers), MemberType = typeof(AppHosts))]
    public async Task Alerts_show_only_the_practitioners_own_items_in_UK_time(DatabaseProvider provider)
    {
        var app = await hosts.For(provider);
        var person = await app.PractitionerAsync(app.Partnership.SchoolId, PractitionerRoles.Practitioner);
        var someoneElse = await app.PractitionerAsync(app.Partnership.SchoolId, PractitionerRoles.Practitioner);
        await using (var db = app.CreateDbContext())
        {
            // Noon UTC in July is 1pm in the UK (British Summer Time).
            db.InboxItems.Add(new InboxItem { Id = Guid.CreateVersion7(), RecipientId = person.Id, Kind = InboxItemKind.ConcernAssigned, Subject = "Summer alert", Link = "/concerns/00000000-0000-0000-0000-000000000001", CreatedAt = new DateTimeOffset(2025, 7, 1, 12, 0, 0, TimeSpan.Zero) });
            db.InboxItems.Add(new InboxItem { Id = Guid.CreateVersion7(), RecipientId = someoneElse.Id, Kind = InboxItemKind.ConcernAssigned, Subject = "Not yours", Link = "/", CreatedAt = app.Clock.GetUtcNow() });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        using var browser = app.CreateBrowser();
        await browser.SignInAsync(person);
        var inbox = await browser.OpenAsync("/inbox");
        var row = inbox.Single("table tbody tr");
        Assert.Contains("Summer alert", row.TextContent);
        Assert.DoesNotContain("Not yours", inbox.Text);
        Assert.Contains("New", row.TextContent);
        Assert.Matches(@"1 Jul(y)? 2025(,| at) 1(:00)?pm", row.TextContent);
    }
}
