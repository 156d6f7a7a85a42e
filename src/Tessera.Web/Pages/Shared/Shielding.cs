using System.Net;
using Microsoft.AspNetCore.Html;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Access.Services;
using Tessera.GovUk;

namespace Tessera.Web.Pages.Shared;

/// <summary>
/// How shielded items appear. A withheld value is never passed to the page at all: callers get the marker in its
/// place, so the value cannot end up in the HTML.
/// </summary>
public static class Shielding
{
    public static string WithheldText(string ownerName) => $"Withheld — shielded by {ownerName}";

    /// <summary>The marker shown instead of a withheld value.</summary>
    public static string WithheldHtml(string ownerName) =>
        GovUkComponents.Tag(new TagOptions { Text = WithheldText(ownerName), Classes = "govuk-tag--grey tessera-withheld" });

    /// <summary>The tag shown next to a shielded value the viewer may see.</summary>
    public static string ShieldedTagHtml() =>
        GovUkComponents.Tag(new TagOptions { Text = "Shielded", Classes = "govuk-tag--purple tessera-shielded" });

    /// <summary>The value, marked "Shielded" when it is; or the withheld marker alone. HTML-encoded.</summary>
    public static string ValueHtml(ShieldedItems shields, ShieldTarget target, Guid? targetId, string value) => shields.State(target, targetId) switch
    {
        ShieldState.Withheld => WithheldHtml(shields.OwnerName(target, targetId)),
        ShieldState.Visible => $"{WebUtility.HtmlEncode(value)} {ShieldedTagHtml()}",
        _ => WebUtility.HtmlEncode(value),
    };

    public static IHtmlContent Withheld(string ownerName) => new HtmlString(WithheldHtml(ownerName));

    public static string TargetName(ShieldTarget target) => target switch
    {
        ShieldTarget.ChildAddress => "Address",
        ShieldTarget.Alias => "Another name",
        ShieldTarget.RelatedAdult => "Related adult",
        ShieldTarget.Concern => "Concern",
        _ => "Item",
    };
}
