using Tessera.Web.Tests.Api;

namespace Tessera.Web.Tests.Infrastructure;

/// <summary>Searches for children the way the page and the API take them: in a POST body, never in the address.</summary>
public static class ChildSearching
{
    /// <summary>Opens the search page and submits the search form.</summary>
    public static async Task<HtmlPage> SearchChildrenAsync(this Browser browser, string query) =>
        await browser.FillInAsync("/children", null, ("q", query));

    public static async Task<HttpResponseMessage> SearchChildrenAsync(this HttpClient api, string? query) =>
        await api.PostAsync("/api/v1/children/search", ApiJson.Body(new { q = query }));
}
