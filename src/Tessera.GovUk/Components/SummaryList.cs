using System.Text;
using static Tessera.GovUk.Internal.Html;

namespace Tessera.GovUk;

public static partial class GovUkComponents
{
    public static string SummaryList(SummaryListOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var rows = (o.Rows ?? []).Where(r => r is not null).Select(r => r!).ToList();
        var anyRowHasActions = rows.Any(r => r.Actions?.Items is { Count: > 0 });
        var cardTitle = o.Card?.Title;

        var sb = new StringBuilder();
        sb.Append($"<dl class=\"{E(Classes("govuk-summary-list", o.Classes))}\"{Attrs(o.Attributes)}>\n");
        foreach (var row in rows)
        {
            var noActions = anyRowHasActions && row.Actions?.Items is null ? "govuk-summary-list__row--no-actions" : null;
            sb.Append($"  <div class=\"{E(Classes("govuk-summary-list__row", noActions, row.Classes))}\">\n")
                .Append($"    <dt class=\"{E(Classes("govuk-summary-list__key", row.Key?.Classes))}\">\n      {Content(row.Key?.Html, row.Key?.Text)}\n    </dt>\n")
                .Append($"    <dd class=\"{E(Classes("govuk-summary-list__value", row.Value?.Classes))}\">\n      {Content(row.Value?.Html, row.Value?.Text)}\n    </dd>\n");
            if (row.Actions?.Items is { Count: > 0 } items)
            {
                sb.Append($"    <dd class=\"{E(Classes("govuk-summary-list__actions", row.Actions.Classes))}\">\n");
                if (items.Count == 1)
                {
                    sb.Append("      ").Append(ActionLink(items[0], cardTitle)).Append('\n');
                }
                else
                {
                    sb.Append("      <ul class=\"govuk-summary-list__actions-list\">\n");
                    foreach (var action in items)
                    {
                        sb.Append($"        <li class=\"govuk-summary-list__actions-list-item\">\n          {ActionLink(action, cardTitle)}\n        </li>\n");
                    }

                    sb.Append("      </ul>\n");
                }

                sb.Append("    </dd>\n");
            }

            sb.Append("  </div>\n");
        }

        sb.Append("</dl>");
        return o.Card is null ? sb.ToString() : SummaryCard(o.Card, sb.ToString());
    }

    private static string SummaryCard(SummaryCardOptions card, string summaryList)
    {
        var sb = new StringBuilder();
        sb.Append($"<div class=\"{E(Classes("govuk-summary-card", card.Classes))}\"{Attrs(card.Attributes)}>\n")
            .Append("  <div class=\"govuk-summary-card__title-wrapper\">\n");
        if (card.Title is { } title)
        {
            var level = title.HeadingLevel is > 0 ? title.HeadingLevel.Value : 2;
            sb.Append($"    <h{level} class=\"{E(Classes("govuk-summary-card__title", title.Classes))}\">\n      {Content(title.Html, title.Text)}\n    </h{level}>\n");
        }

        if (card.Actions?.Items is { Count: > 0 } items)
        {
            var classes = E(Classes("govuk-summary-card__actions", card.Actions.Classes));
            if (items.Count == 1)
            {
                sb.Append($"    <div class=\"{classes}\">\n      {ActionLink(items[0], card.Title)}\n    </div>\n");
            }
            else
            {
                sb.Append($"    <ul class=\"{classes}\">\n");
                foreach (var action in items)
                {
                    sb.Append($"      <li class=\"govuk-summary-card__action\">\n        {ActionLink(action, card.Title)}\n      </li>\n");
                }

                sb.Append("    </ul>\n");
            }
        }

        sb.Append("  </div>\n\n  <div class=\"govuk-summary-card__content\">\n    ")
            .Append(summaryList.Replace("\n", "\n    ", StringComparison.Ordinal))
            .Append("\n  </div>\n</div>");
        return sb.ToString();
    }

    /// <summary>A row or card action; on cards the card title is added (hidden) to tell the links apart.</summary>
    private static string ActionLink(SummaryListAction action, SummaryCardTitle? cardTitle)
    {
        var hidden = string.Empty;
        if (Has(action.VisuallyHiddenText) || cardTitle is not null)
        {
            var text = Has(action.VisuallyHiddenText) ? " " + E(action.VisuallyHiddenText) : string.Empty;
            var title = cardTitle is null ? string.Empty : $" ({RawContent(cardTitle.Html, cardTitle.Text)})";
            hidden = $"<span class=\"govuk-visually-hidden\">{text}{title}</span>";
        }

        return $"<a class=\"{E(Classes("govuk-link", action.Classes))}\" href=\"{E(action.Href)}\"{Attrs(action.Attributes)}>{RawContent(action.Html, action.Text)}{hidden}</a>";
    }
}
