using System.Globalization;
using Tessera.Core.Modules.Access.Models;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Emergency;

/// <summary>Plain-English wording for emergency access, shared by the practitioner's and the privacy officer's pages.</summary>
public static class EmergencyText
{
    public static readonly Choice[] Reasons =
    [
        Choice(EmergencyReason.ImmediateRiskOfHarm),
        Choice(EmergencyReason.UrgentMedicalTreatment),
        Choice(EmergencyReason.MissingChild),
        Choice(EmergencyReason.OutOfHoursReferral),
        Choice(EmergencyReason.PoliceProtection),
        Choice(EmergencyReason.Other),
    ];

    public static string For(EmergencyReason reason) => reason switch
    {
        EmergencyReason.ImmediateRiskOfHarm => "The child is at immediate risk of harm",
        EmergencyReason.UrgentMedicalTreatment => "The child needs urgent medical treatment",
        EmergencyReason.MissingChild => "The child is missing",
        EmergencyReason.OutOfHoursReferral => "An out-of-hours referral needs a decision now",
        EmergencyReason.PoliceProtection => "The child is being taken into police protection",
        _ => "Another emergency",
    };

    public static string For(EmergencyReview? review) => review switch
    {
        EmergencyReview.Appropriate => "Appropriate",
        EmergencyReview.Inappropriate => "Inappropriate",
        _ => "Awaiting review",
    };

    /// <summary>"4 hours", "90 minutes".</summary>
    public static string Duration(TimeSpan duration) =>
        duration.TotalMinutes % 60 == 0
            ? (duration.TotalHours == 1 ? "1 hour" : $"{duration.TotalHours.ToString(CultureInfo.InvariantCulture)} hours")
            : $"{duration.TotalMinutes.ToString(CultureInfo.InvariantCulture)} minutes";

    private static Choice Choice(EmergencyReason reason) =>
        new(((int)reason).ToString(CultureInfo.InvariantCulture), For(reason));
}
