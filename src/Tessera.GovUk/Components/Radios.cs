using System.Text;
using static Tessera.GovUk.Internal.Html;

namespace Tessera.GovUk;

public static partial class GovUkComponents
{
    public static string Radios(RadiosOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var idPrefix = Has(o.IdPrefix) ? o.IdPrefix : o.Name;
        var describedBy = Has(o.Fieldset?.DescribedBy) ? o.Fieldset.DescribedBy : null;

        var inner = new StringBuilder();
        AppendHintAndError(inner, idPrefix, o.Hint, o.ErrorMessage, ref describedBy);
        inner.Append($"  <div class=\"{E(Classes("govuk-radios", o.Classes))}\"{Attrs(o.Attributes)} data-module=\"govuk-radios\">\n");
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
            var isChecked = item.Checked == true || (Has(o.Value) && item.Value == o.Value && item.Checked != false);
            var hintId = itemId + "-item-hint";
            AppendChoiceItem(inner, "radios", "radio", item, itemId, o.Name, isChecked, HasItemHint(item) ? hintId : null, null);
        }

        AppendBlock(inner, o.FormGroup?.AfterInputs, "    ");
        inner.Append("  </div>");

        return ChoiceWrapper(o.ErrorMessage is not null, o.FormGroup, o.Fieldset, describedBy, null, inner.ToString());
    }

    private static bool HasItemHint(ChoiceItem item) => Has(item.Hint?.Text) || Has(item.Hint?.Html);

    /// <summary>Wraps radios/checkboxes/date inputs in the form group and, when given, a fieldset.</summary>
    private static string ChoiceWrapper(bool hasError, FormGroupInputsOptions? formGroup, FieldsetOptions? fieldset, string? describedBy, string? role, string inner)
    {
        var sb = new StringBuilder(FormGroupStart(hasError, formGroup?.Classes, Attrs(formGroup?.Attributes)));
        if (fieldset is not null)
        {
            sb.Append(Fieldset(new FieldsetOptions
            {
                DescribedBy = describedBy,
                Classes = fieldset.Classes,
                Role = role,
                Attributes = fieldset.Attributes,
                Legend = fieldset.Legend,
                Html = inner.Trim(),
            }));
        }
        else
        {
            sb.Append(inner);
        }

        sb.Append("\n</div>");
        return sb.ToString();
    }

    /// <summary>One radio or checkbox item (or divider), shared by both components.</summary>
    private static void AppendChoiceItem(StringBuilder sb, string block, string type, ChoiceItem item, string itemId, string? name, bool isChecked, string? hintId, string? itemDescribedBy)
    {
        if (Has(item.Divider))
        {
            sb.Append($"    <div class=\"govuk-{block}__divider\">{E(item.Divider)}</div>\n");
            return;
        }

        var conditionalId = "conditional-" + itemId;
        var hasConditional = Has(item.Conditional?.Html);
        var extra = item is CheckboxesItem c ? Attr("data-behaviour", c.Behaviour) : string.Empty;
        sb.Append($"    <div class=\"govuk-{block}__item\">\n")
            .Append($"      <input class=\"govuk-{block}__input\" id=\"{E(itemId)}\" name=\"{E(name)}\" type=\"{type}\" value=\"{E(item.Value)}\"")
            .Append(isChecked ? " checked" : string.Empty)
            .Append(item.Disabled ? " disabled" : string.Empty)
            .Append(hasConditional ? $" data-aria-controls=\"{E(conditionalId)}\"" : string.Empty)
            .Append(extra)
            .Append(Attr("aria-describedby", itemDescribedBy ?? hintId))
            .Append(Attrs(item.Attributes)).Append(">\n");
        sb.Append("      ").Append(Label(new LabelOptions
        {
            Html = item.Html,
            Text = item.Text,
            Classes = Classes($"govuk-{block}__label", item.Label?.Classes),
            Attributes = item.Label?.Attributes,
            For = itemId,
        })).Append('\n');
        if (hintId is not null)
        {
            sb.Append("      ").Append(Hint(new HintOptions
            {
                Id = hintId,
                Classes = Classes($"govuk-{block}__hint", item.Hint!.Classes),
                Attributes = item.Hint.Attributes,
                Html = item.Hint.Html,
                Text = item.Hint.Text,
            })).Append('\n');
        }

        sb.Append("    </div>\n");
        if (hasConditional)
        {
            var hidden = isChecked ? null : $"govuk-{block}__conditional--hidden";
            sb.Append($"    <div class=\"{Classes($"govuk-{block}__conditional", hidden)}\" id=\"{E(conditionalId)}\">\n      {item.Conditional!.Html!.Trim()}\n    </div>\n");
        }
    }
}
