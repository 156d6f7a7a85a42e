using System.Text;
using static Tessera.GovUk.Internal.Html;

namespace Tessera.GovUk;

public static partial class GovUkComponents
{
    private const string ArrowPrevious = "<svg class=\"govuk-pagination__icon govuk-pagination__icon--prev\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\">\n    <path d=\"m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z\"></path>\n  </svg>";
    private const string ArrowNext = "<svg class=\"govuk-pagination__icon govuk-pagination__icon--next\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\">\n    <path d=\"m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z\"></path>\n  </svg>";

    public static string Pagination(PaginationOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var blockLevel = o.Items is null && (o.Next is not null || o.Previous is not null);
        var label = Has(o.LandmarkLabel) ? o.LandmarkLabel : "Pagination";
        var sb = new StringBuilder();
        sb.Append($"<nav class=\"{E(Classes("govuk-pagination", blockLevel ? "govuk-pagination--block" : null, o.Classes))}\" aria-label=\"{E(label)}\"{Attrs(o.Attributes)}>\n");

        if (Has(o.Previous?.Href))
        {
            sb.Append(ArrowLink(o.Previous, "prev", blockLevel, "Previous<span class=\"govuk-visually-hidden\"> page</span>"));
        }

        if (o.Items is not null)
        {
            sb.Append("  <ul class=\"govuk-pagination__list\">\n");
            foreach (var item in o.Items)
            {
                if (item is not null && !item.IsEmpty)
                {
                    sb.Append(PageItem(item));
                }
            }

            sb.Append("  </ul>\n");
        }

        if (Has(o.Next?.Href))
        {
            sb.Append(ArrowLink(o.Next, "next", blockLevel, "Next<span class=\"govuk-visually-hidden\"> page</span>"));
        }

        sb.Append("</nav>");
        return sb.ToString();
    }

    private static string ArrowLink(PaginationLink link, string type, bool blockLevel, string defaultContent)
    {
        var arrow = type == "prev" ? ArrowPrevious : ArrowNext;
        var content = Has(link.Html) || Has(link.Text) ? Content(link.Html, link.Text) : defaultContent;
        var decorated = blockLevel && !Has(link.LabelText) ? "govuk-pagination__link-title--decorated" : null;
        var sb = new StringBuilder();
        sb.Append($"  <div class=\"govuk-pagination__{type}\">\n")
            .Append($"    <a class=\"govuk-link govuk-pagination__link\" href=\"{E(link.Href)}\" rel=\"{type}\"{Attrs(link.Attributes)}>\n");
        if (blockLevel || type == "prev")
        {
            sb.Append("      ").Append(arrow).Append('\n');
        }

        sb.Append($"      <span class=\"{Classes("govuk-pagination__link-title", decorated)}\">\n        {content}\n      </span>\n");
        if (Has(link.LabelText) && blockLevel)
        {
            sb.Append($"      <span class=\"govuk-visually-hidden\">:</span>\n      <span class=\"govuk-pagination__link-label\">{E(link.LabelText)}</span>\n");
        }

        if (!blockLevel && type == "next")
        {
            sb.Append("      ").Append(arrow).Append('\n');
        }

        sb.Append("    </a>\n  </div>\n");
        return sb.ToString();
    }

    private static string PageItem(PaginationItem item)
    {
        var classes = Classes("govuk-pagination__item", item.Current ? "govuk-pagination__item--current" : null, item.Ellipsis ? "govuk-pagination__item--ellipsis" : null);
        if (item.Ellipsis)
        {
            return $"    <li class=\"{classes}\">\n      &ctdot;\n    </li>\n";
        }

        var ariaLabel = item.VisuallyHiddenText ?? "Page " + item.Number;
        var current = item.Current ? " aria-current=\"page\"" : string.Empty;
        return $"    <li class=\"{classes}\">\n      <a class=\"govuk-link govuk-pagination__link\" href=\"{E(item.Href)}\" aria-label=\"{E(ariaLabel)}\"{current}{Attrs(item.Attributes)}>\n        {E(item.Number)}\n      </a>\n    </li>\n";
    }
}
