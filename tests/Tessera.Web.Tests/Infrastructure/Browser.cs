using System.Net;
using OtpNet;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.TestSupport;

namespace Tessera.Web.Tests.Infrastructure;

/// <summary>
/// A browser-like client: keeps cookies, never follows redirects on its own (tests assert each one), and submits
/// forms the way a browser would, antiforgery token included.
/// </summary>
public sealed class Browser(TesseraApp app, HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public async Task<HtmlPage> GetAsync(string url)
    {
        var address = new Uri(Client.BaseAddress!, url);
        return await HtmlPage.ParseAsync(address, await Client.GetAsync(address));
    }

    /// <summary>GETs a page and insists it is a 200, so a redirect or error is reported with where it went.</summary>
    public async Task<HtmlPage> OpenAsync(string url)
    {
        var page = await GetAsync(url);
        Assert.True(page.Status == HttpStatusCode.OK, $"GET {url} gave {(int)page.Status} {page.Response.Headers.Location}");
        return page;
    }

    /// <summary>Submits a form from <paramref name="page"/>; each name in <paramref name="fields"/> replaces all of the form's values for it.</summary>
    public async Task<HtmlPage> SubmitAsync(HtmlPage page, string? handler, params (string Name, string Value)[] fields)
    {
        var form = page.Form(handler);
        var names = fields.Select(f => f.Name).ToHashSet();
        var values = HtmlPage.Values(form).Where(v => !names.Contains(v.Key)).ToList();
        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        var action = page.ActionOf(form);
        using var content = new FormUrlEncodedContent(values);
        if (string.Equals(form.Method, "get", StringComparison.OrdinalIgnoreCase))
        {
            var query = await content.ReadAsStringAsync();
            var address = new UriBuilder(action) { Query = query }.Uri;
            return await HtmlPage.ParseAsync(address, await Client.GetAsync(address));
        }

        return await HtmlPage.ParseAsync(action, await Client.PostAsync(action, content));
    }

    /// <summary>Opens <paramref name="url"/> and submits its form.</summary>
    public async Task<HtmlPage> FillInAsync(string url, string? handler, params (string Name, string Value)[] fields) =>
        await SubmitAsync(await OpenAsync(url), handler, fields);

    /// <summary>Signs in through the real pages, with a security code when the account has two-factor sign-in on.</summary>
    public async Task SignInAsync(Practitioner practitioner, string password = TestPartnership.Password)
    {
        var result = await FillInAsync("/account/sign-in", null, ("Email", practitioner.Email!), ("Password", password));
        Assert.True(result.Status == HttpStatusCode.Redirect, $"Sign-in for {practitioner.Email} gave {(int)result.Status}: {string.Join(" ", result.Document.QuerySelectorAll(".govuk-error-summary li").Select(e => e.TextContent.Trim()))}");
        var location = result.Response.Headers.Location!.OriginalString;
        if (location.StartsWith("/account/two-factor", StringComparison.Ordinal))
        {
            var challenge = await FillInAsync(location, null, ("Code", CurrentCode(TestPartnership.AuthenticatorKey)));
            Assert.True(challenge.Status == HttpStatusCode.Redirect, $"Two-factor code for {practitioner.Email} was refused ({(int)challenge.Status}).");
        }
    }

    public async Task SignOutAsync()
    {
        var result = await FillInAsync("/account/sign-out", null);
        Assert.Equal(HttpStatusCode.Redirect, result.Status);
    }

    /// <summary>A code for now from a base32 key, as an authenticator app would show (spaces and case ignored).</summary>
    public static string CurrentCode(string base32Key) =>
        new Totp(Base32Encoding.ToBytes(base32Key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())).ComputeTotp();

    public TesseraApp App { get; } = app;

    public void Dispose() => Client.Dispose();
}
