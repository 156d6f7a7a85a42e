using System.Net;
using System.Text.RegularExpressions;

namespace Tessera.LoadBench;

/// <summary>A signed-in browser-like session: cookies, antiforgery tokens and two-factor set-up done through the real pages.</summary>
internal sealed partial class Session(Uri baseUrl)
{
    private static readonly Dictionary<string, string> Keys = [];
    private readonly CookieContainer _cookies = new();
    private HttpClient? _client;

    public HttpClient Client => _client ??= new(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = baseUrl };

    /// <summary>The Cookie header a separate load tool sends to act as this session.</summary>
    public string CookieHeader => _cookies.GetCookieHeader(baseUrl);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("id=\"authenticator-key\">([^<]+)<")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("id=\"api-key\">([^<]+)<")]
    private static partial Regex ApiKeyPattern();

    public async Task SignInAsync(string email, string password)
    {
        var location = await PostFormAsync("/account/sign-in", new() { ["Email"] = email, ["Password"] = password });
        if (location.StartsWith("/account/two-factor", StringComparison.Ordinal) && !location.Contains("set-up", StringComparison.Ordinal))
        {
            string key;
            lock (Keys)
            {
                key = Keys[email];
            }

            location = await PostFormAsync("/account/two-factor", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        }

        var home = await Client.GetAsync(new Uri(location, UriKind.Relative));
        if (home.Headers.Location?.OriginalString.Contains("set-up", StringComparison.Ordinal) == true)
        {
            var page = await Client.GetStringAsync(new Uri("/account/two-factor/set-up", UriKind.Relative));
            var key = KeyPattern().Match(page).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            await PostFormAsync("/account/two-factor/set-up", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
            lock (Keys)
            {
                Keys[email] = key;
            }
        }

        var check = await Client.GetAsync(new Uri("/", UriKind.Relative));
        if (check.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Could not sign in as {email}: home page answered {(int)check.StatusCode}.");
        }
    }

    public async Task<string> CreateApiKeyAsync(string agencyId, string actsAsId)
    {
        await PostFormAsync("/partnership/api-keys", new() { ["AgencyId"] = agencyId, ["Name"] = $"Load test {Guid.NewGuid():N}", ["ActsAsId"] = actsAsId }, expectRedirect: false);
        return ApiKeyPattern().Match(LastPage).Groups[1].Value;
    }

    public string LastPage { get; private set; } = "";

    /// <summary>This session's antiforgery token, for the search form (searches are POSTs, so no identifier is in an address).</summary>
    public async Task<string> SearchTokenAsync()
    {
        var form = await Client.GetStringAsync(new Uri("/children", UriKind.Relative));
        return WebUtility.HtmlDecode(TokenPattern().Match(form).Groups[1].Value);
    }

    public async Task<HttpResponseMessage> SearchAsync(string query, string token)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["q"] = query, ["__RequestVerificationToken"] = token });
        return await Client.PostAsync(new Uri("/children", UriKind.Relative), content);
    }

    public async Task<string> PostFormAsync(string path, Dictionary<string, string> fields, bool expectRedirect = true)
    {
        var form = await Client.GetStringAsync(new Uri(path, UriKind.Relative));
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(form).Groups[1].Value);
        using var content = new FormUrlEncodedContent(fields);
        var response = await Client.PostAsync(new Uri(path, UriKind.Relative), content);
        LastPage = await response.Content.ReadAsStringAsync();
        if (expectRedirect && response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}, not a redirect.");
        }

        return response.Headers.Location?.OriginalString ?? path;
    }
}
