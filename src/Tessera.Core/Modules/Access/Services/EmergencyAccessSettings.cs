using System.Globalization;
using Tessera.Core.Modules.Access.Models;

namespace Tessera.Core.Modules.Access.Services;

/// <summary>How long emergency access lasts (setting <c>Tessera:EmergencyAccessDuration</c>, default 4 hours).</summary>
public sealed record EmergencyAccessSettings
{
    public static readonly TimeSpan Shortest = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan Longest = TimeSpan.FromHours(12);

    public TimeSpan Duration { get; init; } = EmergencyAccess.DefaultDuration;

    /// <summary>Reads the setting; empty means the default. A bad value stops start-up with one sentence saying what to fix.</summary>
    public static EmergencyAccessSettings From(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return new EmergencyAccessSettings();
        }

        if (!TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var duration) || duration < Shortest || duration > Longest)
        {
            throw new FormatException($"Tessera:EmergencyAccessDuration is '{value}'. Use a length of time from 00:15:00 to 12:00:00, such as 04:00:00.");
        }

        return new EmergencyAccessSettings { Duration = duration };
    }
}
