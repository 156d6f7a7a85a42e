using System.Text;
using static Tessera.GovUk.Internal.Html;

namespace Tessera.GovUk;

public static partial class GovUkComponents
{
    public static string Checkboxes(CheckboxesOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var idPrefix = Has(o.IdPrefix) ? o.IdPrefix : o.Name;
        var describedBy = Has(o.Fieldset?.DescribedBy) ? o.Fieldset.DescribedBy : (Has(o.DescribedBy) ? o.DescribedBy : null);
        var hasFieldset = o.Fieldset is not null;

        var inner = new StringBuilder();
        AppendHintAndError(inner, idPrefix, o.Hint, o.ErrorMessage, ref describedBy);
        inner.Append($"  <div class=\"{E(Classes("govuk-checkboxes", o.Classes))}\"{Attrs(o.Attributes)} data-module=\"govuk-checkboxes\">\n");
        AppendBlock(inner, o.FormGroup?.BeforeInputs, "    ");
        var index = 0;
        foreach (var item in o.Items ?? [])
        {
            index++;
            if (item is null)
            {
                continue;
            }

            var itemId = Has(item.Id) ? item.Id : idPrefix + (index > 1 ? "-" + index : string.Empty);
            var isChecked = item.Checked == true || (o.Values is not null && o.Values.Contains(item.Value) && item.Checked != false);
            var hintId = HasItemHint(item) ? itemId + "-item-hint" : null;

            // Without a fieldset each checkbox carries the group's hint and error ids itself.
            var itemDescribedBy = ((hasFieldset ? string.Empty : describedBy) + " " + hintId).Trim();
            var name = Has(item.Name) ? item.Name : o.Name;
            AppendChoiceItem(inner, "checkboxes", "checkbox", item, itemId, name, isChecked, hintId, itemDescribedBy);
        }

        AppendBlock(inner, o.FormGroup?.AfterInputs, "    ");
        inner.Append("  </div>");

        return ChoiceWrapper(o.ErrorMessage is not null, o.FormGroup, o.Fieldset, describedBy, null, inner.ToString());
    }
}
