using System.Globalization;
using System.Text;
using static Tessera.GovUk.Internal.Html;

namespace Tessera.GovUk;

public static partial class GovUkComponents
{
    public static string CharacterCount(CharacterCountOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var countType = Has(o.CountType) ? o.CountType : (o.Maxwords is > 0 ? "words" : null);
        var hasNoLimit = o.Maxwords is not > 0 && o.Maxlength is not > 0;
        var limit = o.Maxwords is > 0 ? o.Maxwords : o.Maxlength;
        var description = Has(o.TextareaDescriptionText)
            ? o.TextareaDescriptionText
            : "You can enter up to %{count} " + (countType == "words" ? "words" : "characters");
        var id = Has(o.Id) ? o.Id : o.Name;

        var countMessage = Hint(new HintOptions
        {
            Text = hasNoLimit ? null : description.Replace("%{count}", limit?.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
            Id = id + "-info",
            Classes = Classes("govuk-character-count__message", o.CountMessage?.Classes),
        });
        var afterInput = o.FormGroup?.AfterInput;
        if (afterInput is not null)
        {
            countMessage += Content(afterInput.Html, afterInput.Text);
        }

        var attrs = new StringBuilder(" data-module=\"govuk-character-count\"");
        attrs.Append(Num("data-maxlength", o.Maxlength)).Append(Num("data-maxwords", o.Maxwords)).Append(Num("data-threshold", o.Threshold));
        attrs.Append(Attr("data-count-type", countType));
        if (hasNoLimit && Has(o.TextareaDescriptionText))
        {
            attrs.Append(I18n("textarea-description", new Dictionary<string, string> { ["other"] = o.TextareaDescriptionText }, null));
        }

        attrs.Append(I18n("characters-under-limit", o.CharactersUnderLimitText, null))
            .Append(I18n("characters-at-limit", null, o.CharactersAtLimitText))
            .Append(I18n("characters-over-limit", o.CharactersOverLimitText, null))
            .Append(I18n("words-under-limit", o.WordsUnderLimitText, null))
            .Append(I18n("words-at-limit", null, o.WordsAtLimitText))
            .Append(I18n("words-over-limit", o.WordsOverLimitText, null))
            .Append(Attrs(o.FormGroup?.Attributes));

        return Textarea(new TextareaOptions
        {
            Id = id,
            Name = o.Name,
            DescribedBy = id + "-info",
            Rows = o.Rows,
            Spellcheck = o.Spellcheck,
            Value = o.Value,
            FormGroup = new FormGroupOptions
            {
                Classes = Classes("govuk-character-count", o.FormGroup?.Classes),
                BeforeInput = o.FormGroup?.BeforeInput,
                AfterInput = new TextHtmlOptions { Html = countMessage },
            },
            Classes = Classes("govuk-js-character-count", o.Classes),
            Label = o.Label ?? new LabelOptions(),
            Hint = o.Hint,
            ErrorMessage = o.ErrorMessage,
            Attributes = o.Attributes,
        }, attrs.ToString());
    }

    private static string Num(string name, int? value) =>
        value is { } v ? $" {name}=\"{v.ToString(CultureInfo.InvariantCulture)}\"" : string.Empty;

    /// <summary>govukI18nAttributes: plural forms as data-i18n.key.rule, or a single message as data-i18n.key.</summary>
    private static string I18n(string key, IDictionary<string, string>? messages, string? message)
    {
        if (messages is { Count: > 0 })
        {
            return string.Concat(messages.Select(m => $" data-i18n.{key}.{m.Key}=\"{E(m.Value)}\""));
        }

        return Has(message) ? $" data-i18n.{key}=\"{E(message)}\"" : string.Empty;
    }
}
