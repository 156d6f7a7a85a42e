using System.Text;
using static Tessera.GovUk.Internal.Html;

namespace Tessera.GovUk;

public static partial class GovUkComponents
{
    public static string Select(SelectOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var id = Has(o.Id) ? o.Id : o.Name;
        var describedBy = Has(o.DescribedBy) ? o.DescribedBy : null;

        var sb = new StringBuilder();
        sb.Append(FormGroupStart(o.ErrorMessage is not null, o.FormGroup?.Classes, Attrs(o.FormGroup?.Attributes)));
        sb.Append("  ").Append(FieldLabel(o.Label, id)).Append('\n');
        AppendHintAndError(sb, id, o.Hint, o.ErrorMessage, ref describedBy);
        AppendBlock(sb, o.FormGroup?.BeforeInput);

        var classes = Classes("govuk-select", o.Classes, o.ErrorMessage is not null ? "govuk-select--error" : null);
        sb.Append($"  <select class=\"{E(classes)}\" id=\"{E(id)}\" name=\"{E(o.Name)}\"")
            .Append(o.Disabled ? " disabled" : string.Empty)
            .Append(Attr("aria-describedby", describedBy))
            .Append(Attrs(o.Attributes)).Append(">\n");

        foreach (var item in o.Items ?? [])
        {
            if (item is null)
            {
                continue;
            }

            var effectiveValue = item.Value ?? item.Text;
            var selected = item.Selected == true
                || (Has(o.Value) && effectiveValue == o.Value && item.Selected != false);
            sb.Append("    <option").Append(OptAttr("value", item.Value))
                .Append(selected ? " selected" : string.Empty)
                .Append(item.Disabled ? " disabled" : string.Empty)
                .Append(Attrs(item.Attributes)).Append('>')
                .Append(E(item.Text)).Append("</option>\n");
        }

        sb.Append("  </select>\n");
        AppendBlock(sb, o.FormGroup?.AfterInput);
        sb.Append("</div>");
        return sb.ToString();
    }
}
