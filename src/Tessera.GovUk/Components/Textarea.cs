using System.Text;
using static Tessera.GovUk.Internal.Html;

namespace Tessera.GovUk;

public static partial class GovUkComponents
{
    public static string Textarea(TextareaOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return Textarea(o, Attrs(o.FormGroup?.Attributes));
    }

    /// <summary>The character count passes its own pre-rendered form group attributes.</summary>
    private static string Textarea(TextareaOptions o, string formGroupAttributesHtml)
    {
        var id = Has(o.Id) ? o.Id : o.Name;
        var describedBy = Has(o.DescribedBy) ? o.DescribedBy : null;

        var sb = new StringBuilder();
        sb.Append(FormGroupStart(o.ErrorMessage is not null, o.FormGroup?.Classes, formGroupAttributesHtml));
        sb.Append("  ").Append(FieldLabel(o.Label, id)).Append('\n');
        AppendHintAndError(sb, id, o.Hint, o.ErrorMessage, ref describedBy);
        AppendBlock(sb, o.FormGroup?.BeforeInput);

        var classes = Classes("govuk-textarea", o.ErrorMessage is not null ? "govuk-textarea--error" : null, o.Classes);
        var rows = o.Rows is > 0 ? o.Rows.Value : 5;
        var spellcheck = o.Spellcheck is { } s ? $" spellcheck=\"{(s ? "true" : "false")}\"" : string.Empty;
        sb.Append($"  <textarea class=\"{E(classes)}\" id=\"{E(id)}\" name=\"{E(o.Name)}\" rows=\"{rows}\"{spellcheck}")
            .Append(o.Disabled ? " disabled" : string.Empty)
            .Append(Attr("aria-describedby", describedBy))
            .Append(Attr("autocomplete", o.Autocomplete))
            .Append(Attrs(o.Attributes))
            .Append('>').Append(E(o.Value)).Append("</textarea>\n");

        AppendBlock(sb, o.FormGroup?.AfterInput);
        sb.Append("</div>");
        return sb.ToString();
    }
}
