using Microsoft.AspNetCore.Html;
using Tessera.Core.Validation;
using Tessera.GovUk;

namespace Tessera.Web.Pages.Shared;

public sealed record Choice(string Value, string Text, string? Hint = null);

/// <summary>
/// Builds GOV.UK form fields wired to validation errors, so every page shows errors the same way:
/// the field's id is its name, and the error summary links to it.
/// </summary>
public static class Forms
{
    public static string IdFor(string name) => name.Replace('.', '-').Replace('[', '-').Replace("]", "", StringComparison.Ordinal);

    public static IHtmlContent ErrorSummary(ValidationErrors errors, params string[] dateFields)
    {
        if (errors.IsValid)
        {
            return HtmlString.Empty;
        }

        return new HtmlString(GovUkComponents.ErrorSummary(new ErrorSummaryOptions
        {
            TitleText = "There is a problem",
            ErrorList = errors.All.Select(e => new ErrorSummaryItem
            {
                Text = e.Value,
                Href = "#" + IdFor(e.Key) + (dateFields.Contains(e.Key) ? "-day" : ""),
            }).ToList(),
        }));
    }

    public static IHtmlContent Text(ValidationErrors errors, string name, string label, string? value, string? hint = null, string? classes = null, string? autocomplete = null, string type = "text", bool isPageHeading = false, string? inputmode = null, bool? spellcheck = null)
        => new HtmlString(GovUkComponents.Input(new InputOptions
        {
            Id = IdFor(name),
            Name = name,
            Type = type,
            Value = value,
            Label = Label(label, isPageHeading),
            Hint = hint is null ? null : new HintOptions { Text = hint },
            ErrorMessage = Error(errors, name),
            Classes = classes,
            Autocomplete = autocomplete,
            Inputmode = inputmode,
            Spellcheck = spellcheck,
        }));

    public static IHtmlContent TextArea(ValidationErrors errors, string name, string label, string? value, string? hint = null, int rows = 5, int? maxLength = null, bool isPageHeading = false)
    {
        if (maxLength is { } max)
        {
            return new HtmlString(GovUkComponents.CharacterCount(new CharacterCountOptions
            {
                Id = IdFor(name),
                Name = name,
                Value = value,
                Rows = rows,
                Maxlength = max,
                Label = Label(label, isPageHeading),
                Hint = hint is null ? null : new HintOptions { Text = hint },
                ErrorMessage = Error(errors, name),
            }));
        }

        return new HtmlString(GovUkComponents.Textarea(new TextareaOptions
        {
            Id = IdFor(name),
            Name = name,
            Value = value,
            Rows = rows,
            Label = Label(label, isPageHeading),
            Hint = hint is null ? null : new HintOptions { Text = hint },
            ErrorMessage = Error(errors, name),
        }));
    }

    public static IHtmlContent Radios(ValidationErrors errors, string name, string legend, IEnumerable<Choice> choices, string? selected, string? hint = null, bool inline = false, bool isPageHeading = false)
        => new HtmlString(GovUkComponents.Radios(new RadiosOptions
        {
            IdPrefix = IdFor(name),
            Name = name,
            Fieldset = Fieldset(legend, isPageHeading),
            Hint = hint is null ? null : new HintOptions { Text = hint },
            ErrorMessage = Error(errors, name),
            Classes = inline ? "govuk-radios--inline" : null,
            Items = choices.Select(c => (RadiosItem?)new RadiosItem
            {
                Value = c.Value,
                Text = c.Text,
                Hint = c.Hint is null ? null : new HintOptions { Text = c.Hint },
                Checked = c.Value == selected,
            }).ToList(),
        }));

    public static IHtmlContent Checkboxes(ValidationErrors errors, string name, string legend, IEnumerable<Choice> choices, IReadOnlyCollection<string> selected, string? hint = null)
        => new HtmlString(GovUkComponents.Checkboxes(new CheckboxesOptions
        {
            IdPrefix = IdFor(name),
            Name = name,
            Fieldset = Fieldset(legend, false),
            Hint = hint is null ? null : new HintOptions { Text = hint },
            ErrorMessage = Error(errors, name),
            Items = choices.Select(c => (CheckboxesItem?)new CheckboxesItem
            {
                Value = c.Value,
                Text = c.Text,
                Hint = c.Hint is null ? null : new HintOptions { Text = c.Hint },
                Checked = selected.Contains(c.Value),
            }).ToList(),
        }));

    public static IHtmlContent Select(ValidationErrors errors, string name, string label, IEnumerable<Choice> choices, string? selected, string? hint = null)
        => new HtmlString(GovUkComponents.Select(new SelectOptions
        {
            Id = IdFor(name),
            Name = name,
            Label = Label(label, false),
            Hint = hint is null ? null : new HintOptions { Text = hint },
            ErrorMessage = Error(errors, name),
            Items = choices.Select(c => (SelectItem?)new SelectItem { Value = c.Value, Text = c.Text, Selected = c.Value == selected }).ToList(),
        }));

    /// <summary>
    /// The boxes are named <c>Name.Day</c>, <c>Name.Month</c> and <c>Name.Year</c> (not GOV.UK's default <c>name-day</c>)
    /// so model binding fills a <see cref="DateParts"/> property; ids keep the GOV.UK form for error-summary links.
    /// </summary>
    public static IHtmlContent Date(ValidationErrors errors, string name, string legend, DateParts value, string? hint = null)
    {
        var hasError = errors.Has(name);
        return new HtmlString(GovUkComponents.DateInput(new DateInputOptions
        {
            Id = IdFor(name),
            Fieldset = Fieldset(legend, false),
            Hint = hint is null ? null : new HintOptions { Text = hint },
            ErrorMessage = Error(errors, name),
            Items =
            [
                new DateInputItem { Id = $"{IdFor(name)}-day", Name = $"{name}.Day", Label = "Day", Value = value.Day, Classes = "govuk-input--width-2" + (hasError ? " govuk-input--error" : "") },
                new DateInputItem { Id = $"{IdFor(name)}-month", Name = $"{name}.Month", Label = "Month", Value = value.Month, Classes = "govuk-input--width-2" + (hasError ? " govuk-input--error" : "") },
                new DateInputItem { Id = $"{IdFor(name)}-year", Name = $"{name}.Year", Label = "Year", Value = value.Year, Classes = "govuk-input--width-4" + (hasError ? " govuk-input--error" : "") },
            ],
        }));
    }

    public static IHtmlContent Button(string text, bool secondary = false, string? name = null, string? value = null)
        => new HtmlString(GovUkComponents.Button(new ButtonOptions
        {
            Text = text,
            Classes = secondary ? "govuk-button--secondary" : null,
            Name = name,
            Value = value,
            PreventDoubleClick = true,
        }));

    private static LabelOptions Label(string text, bool isPageHeading) =>
        new() { Text = text, IsPageHeading = isPageHeading, Classes = isPageHeading ? "govuk-label--l" : "govuk-label--s" };

    private static FieldsetOptions Fieldset(string legend, bool isPageHeading) =>
        new() { Legend = new LegendOptions { Text = legend, IsPageHeading = isPageHeading, Classes = isPageHeading ? "govuk-fieldset__legend--l" : "govuk-fieldset__legend--s" } };

    private static ErrorMessageOptions? Error(ValidationErrors errors, string name) =>
        errors.For(name) is { } message ? new ErrorMessageOptions { Text = message } : null;
}
