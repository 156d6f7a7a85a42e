using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using OtpNet;
using Tessera.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Tessera.EndToEndTests;

/// <summary>
/// One practitioner's browser. Every page a journey reaches must pass <see cref="CheckPageAsync"/> (an axe-core scan for
/// WCAG 2.2 A and AA); <see cref="AssertEveryPageChecked"/> fails the journey if a navigation went unchecked.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    private readonly IBrowserContext _context;
    private readonly List<Visit> _visits = [];
    private readonly Lock _gate = new();

    public BrowserSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        Page.FrameNavigated += (_, frame) =>
        {
            if (frame != Page.MainFrame)
            {
                return;
            }

            lock (_gate)
            {
                // A jump to a fragment on the same page (an error summary link) is not a new page.
                if (_visits.Count > 0 && WithoutFragment(_visits[^1].Url) == WithoutFragment(frame.Url))
                {
                    return;
                }

                _visits.Add(new Visit(frame.Url));
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Goes to a path in the app and checks the page.</summary>
    public async Task GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"GET {path} returned {response?.Status}.");
        await CheckPageAsync();
    }

    /// <summary>Runs axe-core on the page as it is now and fails listing every violation.</summary>
    public async Task CheckPageAsync()
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        var result = await Page.RunAxe(WcagAa);
        lock (_gate)
        {
            if (_visits.Count > 0)
            {
                _visits[^1].Checked = true;
            }
        }

        if (result.Violations.Length == 0)
        {
            return;
        }

        var message = new StringBuilder($"axe-core found {result.Violations.Length} accessibility violation(s) on {Page.Url}:");
        foreach (var violation in result.Violations)
        {
            message.AppendLine().Append($"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes)
            {
                message.AppendLine().Append($"    at {node.Target}: {node.Html}");

            }
        }

        Assert.Fail(message.ToString());
    }

    /// <summary>Fails if any page the browser showed was not checked with <see cref="CheckPageAsync"/>.</summary>
    public void AssertEveryPageChecked()
    {
        lock (_gate)
        {
            var unchecked_ = _visits.Where(v => !v.Checked).Select(v => v.Url).ToList();
            Assert.True(unchecked_.Count == 0, "These pages were shown but not checked for accessibility: " + string.Join(", ", unchecked_));
        }
    }

    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(Screenshots.Folder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots.Folder, name + ".png"), FullPage = true });
    }

    /// <summary>Signs in with a password and, for practitioners enrolled in two-factor sign-in, the current security code.</summary>
    public async Task SignInAsync(string email, bool withSecurityCode = false, string? screenshot = null)
    {
        await GotoAsync("/account/sign-in");
        if (screenshot is not null)
        {
            await ScreenshotAsync(screenshot);
        }

        await Page.GetByLabel("Email address").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(TestPartnership.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        if (withSecurityCode)
        {
            await Expect(Page).ToHaveURLAsync(new Regex("/account/two-factor"));
            await CheckPageAsync();
            await Page.GetByLabel("Enter the security code from your authenticator app").FillAsync(SecurityCode(TestPartnership.AuthenticatorKey));
            await Page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        }
    }

    /// <summary>Expects the home page after signing in and checks it.</summary>
    public async Task ExpectHomeAsync()
    {
        await Expect(Page).ToHaveURLAsync(new Uri(new Uri(Page.Url), "/").ToString());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Tessera", Level = 1 })).ToBeVisibleAsync();
        await CheckPageAsync();
    }

    /// <summary>Clicks something that loads a new page and checks the page it lands on.</summary>
    public async Task ClickToPageAsync(ILocator locator, Regex url)
    {
        await locator.ClickAsync();
        await Expect(Page).ToHaveURLAsync(url);
        await CheckPageAsync();
    }

    public static string SecurityCode(string base32Key) =>
        new Totp(Base32Encoding.ToBytes(base32Key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())).ComputeTotp();

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private static string WithoutFragment(string url) => url.Split('#')[0];

    private sealed class Visit(string url)
    {
        public string Url { get; } = url;

        public bool Checked { get; set; }
    }
}

public static class Screenshots
{
    /// <summary>docs/screenshots in the repository: found by walking up to the folder that holds Tessera.slnx.</summary>
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "docs", "screenshots");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tessera.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Tessera.slnx.");
    }
}
