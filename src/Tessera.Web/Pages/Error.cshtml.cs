using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tessera.Web.Pages;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Status { get; set; }

    public string Heading => Status switch
    {
        404 => "Page not found",
        403 => "You cannot see this page",
        400 => "Something in the request was not right",
        429 => "Too many attempts",
        _ => "Sorry, there is a problem with the service",
    };

    public string Advice => Status switch
    {
        404 => "If you typed the web address, check it is correct. If you followed a link to a child or a concern, it may be held by another agency.",
        403 => "Your role does not include this page. Ask your designated safeguarding lead if you need it.",
        400 => "Go back and try again.",
        429 => Infrastructure.RateLimits.TooManySignIns,
        _ => "Try again later. Anything you had already saved has been kept.",
    };

    public void OnGet() => SetStatus();

    public void OnPost() => SetStatus();

    private void SetStatus()
    {
        var code = Status ?? 500;
        if (code is >= 400 and < 600)
        {
            Response.StatusCode = code;
        }
    }
}
