using System.Globalization;
using Tessera.Web.Infrastructure;

namespace Tessera.Web.Auth;

/// <summary>
/// How long a sign-in counts as recent for sensitive pages. <c>Tessera:ReauthenticateAfter</c> is a time span such as
/// <c>00:15:00</c> (the default, 15 minutes), between one minute and the idle time-out's maximum of 12 hours.
/// </summary>
public sealed record StepUpSettings(TimeSpan ReauthenticateAfter)
{
    public static readonly TimeSpan Default = TimeSpan.FromMinutes(15);

    public static StepUpSettings From(IConfiguration configuration)
    {
        var text = configuration["Tessera:ReauthenticateAfter"];
        if (string.IsNullOrWhiteSpace(text))
        {
            return new StepUpSettings(Default);
        }

        if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var after) || after < TimeSpan.FromMinutes(1) || after > TimeSpan.FromHours(12))
        {
            throw new SettingsProblemException($"Tessera:ReauthenticateAfter is '{text}'. Use a time from 00:01:00 to 12:00:00, such as 00:15:00.");
        }

        return new StepUpSettings(after);
    }
}
