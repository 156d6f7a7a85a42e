using System.Text;
using static Tessera.GovUk.Internal.Html;

namespace Tessera.GovUk;

public static partial class GovUkComponents
{
    /// <summary>Opening tag of the form group wrapper shared by the form components.</summary>
    private static string FormGroupStart(bool hasError, string? classes, string attributesHtml) =>
        $"<div class=\"{E(Classes("govuk-form-group", hasError ? "govuk-form-group--error" : null, classes))}\"{attributesHtml}>\n";

    /// <summary>The label a single-field component renders, pointed at the field's id.</summary>
    private static string FieldLabel(LabelOptions? label, string? id) => label is null
        ? string.Empty
        : Label(new LabelOptions
        {
            Html = label.Html,
            Text = label.Text,
            Classes = label.Classes,
            IsPageHeading = label.IsPageHeading,
            Attributes = label.Attributes,
            For = id,
        });

    /// <summary>Renders the hint and error message with ids derived from idBase, adding both to describedBy.</summary>
    private static void AppendHintAndError(StringBuilder sb, string? idBase, HintOptions? hint, ErrorMessageOptions? error, ref string? describedBy)
    {
        if (hint is not null)
        {
            var hintId = idBase + "-hint";
            describedBy = AddId(describedBy, hintId);
            sb.Append("  ").Append(Hint(new HintOptions
            {
                Id = hintId,
                Classes = hint.Classes,
                Attributes = hint.Attributes,
                Html = hint.Html,
                Text = hint.Text,
            })).Append('\n');
        }

        if (error is not null)
        {
            var errorId = idBase + "-error";
            describedBy = AddId(describedBy, errorId);
            sb.Append("  ").Append(ErrorMessage(new ErrorMessageOptions
            {
                Id = errorId,
                Classes = error.Classes,
                Attributes = error.Attributes,
                Html = error.Html,
                Text = error.Text,
                VisuallyHiddenText = error.VisuallyHiddenText,
            })).Append('\n');
        }
    }

    /// <summary>Content of a beforeInput/afterInput block; the templates render it whenever the object is given.</summary>
    private static void AppendBlock(StringBuilder sb, TextHtmlOptions? block, string indent = "  ")
    {
        if (block is not null)
        {
            sb.Append(indent).Append(Content(block.Html, block.Text)).Append('\n');
        }
    }

    /// <summary>` name="value"` for an optional attribute: omitted only when the value is null.</summary>
    private static string OptAttr(string name, string? value) =>
        value is null ? string.Empty : $" {name}=\"{E(value)}\"";
}
