using System.Text;
using static Tessera.GovUk.Internal.Html;

namespace Tessera.GovUk;

public static partial class GovUkComponents
{
    public static string Input(InputOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var id = Has(o.Id) ? o.Id : o.Name;
        var describedBy = Has(o.DescribedBy) ? o.DescribedBy : null;
        var hasPrefix = o.Prefix is not null && (Has(o.Prefix.Text) || Has(o.Prefix.Html));
        var hasSuffix = o.Suffix is not null && (Has(o.Suffix.Text) || Has(o.Suffix.Html));
        var before = o.FormGroup?.BeforeInput;
        var after = o.FormGroup?.AfterInput;
        var hasBefore = before is not null && (Has(before.Text) || Has(before.Html));
        var hasAfter = after is not null && (Has(after.Text) || Has(after.Html));

        var sb = new StringBuilder();
        sb.Append(FormGroupStart(o.ErrorMessage is not null, o.FormGroup?.Classes, Attrs(o.FormGroup?.Attributes)));
        sb.Append("  ").Append(FieldLabel(o.Label, id)).Append('\n');
        AppendHintAndError(sb, id, o.Hint, o.ErrorMessage, ref describedBy);

        if (hasPrefix || hasSuffix || hasBefore || hasAfter)
        {
            sb.Append($"  <div class=\"{E(Classes("govuk-input__wrapper", o.InputWrapper?.Classes))}\"{Attrs(o.InputWrapper?.Attributes)}>\n");
            if (hasBefore)
            {
                AppendBlock(sb, before, "    ");
            }

            if (hasPrefix)
            {
                sb.Append("    ").Append(Affix(o.Prefix!, "prefix")).Append('\n');
            }

            sb.Append("    ").Append(InputElement(o, id, describedBy)).Append('\n');
            if (hasSuffix)
            {
                sb.Append("    ").Append(Affix(o.Suffix!, "suffix")).Append('\n');
            }

            if (hasAfter)
            {
                AppendBlock(sb, after, "    ");
            }

            sb.Append("  </div>\n");
        }
        else
        {
            sb.Append("  ").Append(InputElement(o, id, describedBy)).Append('\n');
        }

        sb.Append("</div>");
        return sb.ToString();
    }

    private static string InputElement(InputOptions o, string? id, string? describedBy)
    {
        var classes = Classes("govuk-input", o.Classes, o.ErrorMessage is not null ? "govuk-input--error" : null);
        var type = Has(o.Type) ? o.Type : "text";
        var spellcheck = o.Spellcheck is { } s ? (s ? "true" : "false") : null;
        return $"<input class=\"{E(classes)}\" id=\"{E(id)}\" name=\"{E(o.Name)}\" type=\"{E(type)}\""
            + OptAttr("spellcheck", spellcheck)
            + OptAttr("value", o.Value)
            + (o.Disabled ? " disabled" : string.Empty)
            + OptAttr("aria-describedby", describedBy)
            + OptAttr("autocomplete", o.Autocomplete)
            + OptAttr("autocapitalize", o.Autocapitalize)
            + OptAttr("pattern", o.Pattern)
            + OptAttr("inputmode", o.Inputmode)
            + Attrs(o.Attributes) + ">";
    }

    private static string Affix(InputAffixOptions affix, string type) =>
        $"<div class=\"{E(Classes("govuk-input__" + type, affix.Classes))}\" aria-hidden=\"true\"{Attrs(affix.Attributes)}>{Content(affix.Html, affix.Text)}</div>";
}
