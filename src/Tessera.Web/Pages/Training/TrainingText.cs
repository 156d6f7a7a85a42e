using Tessera.Core.Modules.Training.Models;
using Tessera.Core.Modules.Training.Services;

namespace Tessera.Web.Pages.Training;

/// <summary>How training states look on pages: a GOV.UK tag whose words carry the meaning, colour only backing them up.</summary>
public static class TrainingText
{
    public static string Tag(TrainingState state)
    {
        var colour = state switch
        {
            TrainingState.UpToDate => "govuk-tag--green",
            TrainingState.DueSoon => "govuk-tag--yellow",
            _ => "govuk-tag--red",
        };
        return $"<strong class=\"govuk-tag {colour}\">{TrainingRules.StateName(state)}</strong>";
    }

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    public static string Length(int minutes) => minutes < 60 ? $"{minutes} minutes"
        : minutes % 60 == 0 ? $"{minutes / 60} hour{(minutes == 60 ? "" : "s")}"
        : $"{minutes / 60} hours {minutes % 60} minutes";
}
