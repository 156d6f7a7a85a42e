using System.Text;
using static Tessera.GovUk.Internal.Html;

namespace Tessera.GovUk;

public static partial class GovUkComponents
{
    public static string Table(TableOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var sb = new StringBuilder();
        sb.Append($"<table class=\"{E(Classes("govuk-table", o.Classes))}\"{Attrs(o.Attributes)}>\n");
        if (Has(o.Caption))
        {
            sb.Append($"  <caption class=\"{E(Classes("govuk-table__caption", o.CaptionClasses))}\">{E(o.Caption)}</caption>\n");
        }

        if (o.Head is not null)
        {
            sb.Append("  <thead class=\"govuk-table__head\">\n    <tr class=\"govuk-table__row\">\n");
            foreach (var item in o.Head)
            {
                var format = Has(item.Format) ? "govuk-table__header--" + item.Format : null;
                sb.Append($"      <th scope=\"col\" class=\"{E(Classes("govuk-table__header", format, item.Classes))}\"{CellAttributes(item)}>{RawContent(item.Html, item.Text)}</th>\n");
            }

            sb.Append("    </tr>\n  </thead>\n");
        }

        sb.Append("  <tbody class=\"govuk-table__body\">\n");
        foreach (var row in o.Rows ?? [])
        {
            if (row is null)
            {
                continue;
            }

            sb.Append("    <tr class=\"govuk-table__row\">\n");
            for (var i = 0; i < row.Count; i++)
            {
                var cell = row[i];
                if (i == 0 && o.FirstCellIsHeader)
                {
                    sb.Append($"      <th scope=\"row\" class=\"{E(Classes("govuk-table__header", cell.Classes))}\"{CellAttributes(cell)}>{RawContent(cell.Html, cell.Text)}</th>\n");
                }
                else
                {
                    var format = Has(cell.Format) ? "govuk-table__cell--" + cell.Format : null;
                    sb.Append($"      <td class=\"{E(Classes("govuk-table__cell", format, cell.Classes))}\"{CellAttributes(cell)}>{RawContent(cell.Html, cell.Text)}</td>\n");
                }
            }

            sb.Append("    </tr>\n");
        }

        sb.Append("  </tbody>\n</table>");
        return sb.ToString();
    }

    private static string CellAttributes(TableCell cell) =>
        (cell.Colspan is > 0 ? $" colspan=\"{cell.Colspan}\"" : string.Empty)
        + (cell.Rowspan is > 0 ? $" rowspan=\"{cell.Rowspan}\"" : string.Empty)
        + Attrs(cell.Attributes);
}
