using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Tessera.Web.Tests.Infrastructure;

/// <summary>A response with its HTML parsed, and the address it came from so forms without an action post back to it.</summary>
public sealed class HtmlPage
{
    private static readonly HtmlParser Parser = new();

    private HtmlPage(Uri address, HttpResponseMessage response, IHtmlDocument document)
    {
        Address = address;
        Response = response;
        Document = document;
    }

    public Uri Address { get; }

    public HttpResponseMessage Response { get; }

    public IHtmlDocument Document { get; }

    public HttpStatusCode Status => Response.StatusCode;

    /// <summary>The hrefs of the GOV.UK error summary's links, such as "#NhsNumber"; empty when there is no summary.</summary>
    public IReadOnlyList<string> ErrorSummaryLinks =>
        Document.QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href") ?? "").ToList();

    public bool HasErrorSummary => Document.QuerySelector(".govuk-error-summary") is not null;

    public string Text => Document.Body?.TextContent ?? "";

    public static async Task<HtmlPage> ParseAsync(Uri address, HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlPage(address, response, await Parser.ParseDocumentAsync(html));
    }

    public IElement Single(string selector) =>
        Document.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"No element matches '{selector}' on {Address}.");

    /// <summary>The form whose action names the page handler, or the page's only form.</summary>
    public IHtmlFormElement Form(string? handler = null)
    {
        var forms = Document.Forms.ToList();
        var form = handler is null
            ? forms.Where(f => !IsLayoutForm(f)).ToList() is [var only] ? only : null
            : forms.SingleOrDefault(f => (f.GetAttribute("action") ?? "").Contains($"handler={handler}", StringComparison.OrdinalIgnoreCase));
        return form ?? throw new Xunit.Sdk.XunitException(
            $"No single form{(handler is null ? "" : $" for handler '{handler}'")} on {Address} ({(int)Status}). Forms: {string.Join(", ", forms.Select(f => f.GetAttribute("action") ?? "(none)"))}");
    }

    /// <summary>The values a browser would send for the form as it stands: checked boxes only, no buttons.</summary>
    public static List<KeyValuePair<string, string>> Values(IHtmlFormElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    if (input.Type is "submit" or "button" or "image" or "reset")
                    {
                        break;
                    }

                    if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        break;
                    }

                    values.Add(new(input.Name, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    values.Add(new(select.Name, select.Value ?? ""));
                    break;
            }
        }

        return values;
    }

    public Uri ActionOf(IHtmlFormElement form)
    {
        var action = form.GetAttribute("action");
        return string.IsNullOrEmpty(action) ? Address : new Uri(Address, action);
    }

    private static bool IsLayoutForm(IHtmlFormElement form) => form.Closest("header, footer") is not null;
}
