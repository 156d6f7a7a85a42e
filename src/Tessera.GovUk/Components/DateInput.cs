using System.Text;
using static Tessera.GovUk.Internal.Html;

namespace Tessera.GovUk;

public static partial class GovUkComponents
{
    public static string DateInput(DateInputOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var describedBy = Has(o.Fieldset?.DescribedBy) ? o.Fieldset.DescribedBy : null;
        var day = o.Day ?? new DateInputItem { Name = "day", Value = ValueOf(o, "day"), Classes = "govuk-input--width-2" };
        var month = o.Month ?? new DateInputItem { Name = "month", Value = ValueOf(o, "month"), Classes = "govuk-input--width-2" };
        var year = o.Year ?? new DateInputItem { Name = "year", Value = ValueOf(o, "year"), Classes = "govuk-input--width-4" };
        var items = o.Items is { Count: > 0 } ? o.Items : [day, month, year];
        var visible = items.Where(i => i is { Omit: false }).Select(i => i!).ToList();
        var anyItemHasError = visible.Any(ItemHasError);

        var inner = new StringBuilder();
        AppendHintAndError(inner, o.Id, o.Hint, o.ErrorMessage, ref describedBy);
        inner.Append($"  <div class=\"{E(Classes("govuk-date-input", o.Classes))}\"{Attrs(o.Attributes)}{Attr("id", o.Id)}>\n");
        AppendBlock(inner, o.FormGroup?.BeforeInputs, "    ");
        foreach (var item in visible)
        {
            inner.Append("    <div class=\"govuk-date-input__item\">\n      ")
                .Append(DateInputItemHtml(o, item, day, month, year, anyItemHasError))
                .Append("\n    </div>\n");
        }

        AppendBlock(inner, o.FormGroup?.AfterInputs, "    ");
        inner.Append("  </div>");

        // The fieldset gets role="group" so that JAWS announces its description for text inputs.
        return ChoiceWrapper(o.ErrorMessage is not null, o.FormGroup, o.Fieldset, describedBy, "group", inner.ToString());
    }

    private static string? ValueOf(DateInputOptions o, string key) =>
        o.Values is not null && o.Values.TryGetValue(key, out var v) ? v : null;

    private static bool ItemHasError(DateInputItem item) =>
        item.Error == true || (item.Classes?.Contains("govuk-input--error", StringComparison.Ordinal) ?? false);

    private static string DateInputItemHtml(DateInputOptions o, DateInputItem item, DateInputItem day, DateInputItem month, DateInputItem year, bool anyItemHasError)
    {
        var itemName = item.Name;
        var itemValue = item.Value;
        var width = 2;
        if (Matches(item, day, "day"))
        {
            itemName = item.Name ?? "day";
            itemValue = item.Value ?? (day.Omit ? null : day.Value);
        }
        else if (Matches(item, month, "month"))
        {
            itemName = item.Name ?? "month";
            itemValue = item.Value ?? (month.Omit ? null : month.Value);
        }
        else if (Matches(item, year, "year"))
        {
            itemName = item.Name ?? "year";
            itemValue = item.Value ?? (year.Omit ? null : year.Value);
            width = 4;
        }

        var classes = item.Classes ?? string.Empty;
        var itemClasses = string.Empty;
        var hasErrorClass = classes.Contains("govuk-input--error", StringComparison.Ordinal);
        if (!hasErrorClass && (ItemHasError(item) || (item.Error != false && o.ErrorMessage is not null && !anyItemHasError)))
        {
            itemClasses = "govuk-input--error";
        }

        if (!classes.Contains("govuk-input--width-", StringComparison.Ordinal))
        {
            itemClasses = (itemClasses + " govuk-input--width-" + width).Trim();
        }

        itemClasses = (itemClasses + " " + classes).Trim();
        var namePrefix = Has(o.NamePrefix) ? o.NamePrefix + "-" : string.Empty;
        var input = Input(new InputOptions
        {
            Label = new LabelOptions { Text = Has(item.Label) ? item.Label : Capitalize(itemName), Classes = "govuk-date-input__label" },
            Id = Has(item.Id) ? item.Id : o.Id + "-" + itemName,
            Classes = Classes("govuk-date-input__input", itemClasses),
            Name = namePrefix + itemName,
            Value = itemValue ?? ValueOf(o, namePrefix + itemName),
            Type = "text",
            Inputmode = Has(item.Inputmode) ? item.Inputmode : "numeric",
            Autocomplete = item.Autocomplete,
            Pattern = item.Pattern,
            Attributes = item.Attributes,
        });
        return input.Replace("\n", "\n      ", StringComparison.Ordinal);
    }

    /// <summary>Whether an item is (or is named like) one of the default day/month/year fields.</summary>
    private static bool Matches(DateInputItem item, DateInputItem field, string defaultName) =>
        ReferenceEquals(item, field)
        || (Has(item.Name) && (item.Name == defaultName || (!field.Omit && item.Name == field.Name)));
}
