using System.Globalization;
using Tessera.Core.Modules.Children.Identifiers;

namespace Tessera.Web.Pages.Shared;

/// <summary>GOV.UK style dates and times ("5 March 2024 at 3:04pm"), in UK time whatever the server's zone.</summary>
public static class Formats
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", British);

    public static string DateTime(DateTimeOffset value)
    {
        var local = TimeZoneInfo.ConvertTime(value, UkTime);
        var time = local.Minute == 0 ? local.ToString("htt", British) : local.ToString("h:mmtt", British);
        return $"{local.ToString("d MMMM yyyy", British)} at {time.ToLowerInvariant()}";
    }

    public static DateTimeOffset FromUkTime(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, UkTime), TimeSpan.Zero);
    }

    public static string Nhs(string? nhs) => nhs is null ? "Not known" : NhsNumber.Format(nhs);

    public static int AgeOn(DateOnly dateOfBirth, DateOnly today)
    {
        var age = today.Year - dateOfBirth.Year;
        return dateOfBirth.AddYears(age) > today ? age - 1 : age;
    }
}
