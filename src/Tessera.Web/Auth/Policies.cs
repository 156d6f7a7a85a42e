using Microsoft.AspNetCore.Authorization;
using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Web.Auth;

/// <summary>
/// Named policies applied by folder conventions and endpoint groups, so handlers never repeat role checks.
/// The fallback policy makes every endpoint need a signed-in practitioner unless it opts out by name.
/// </summary>
public static class Policies
{
    public const string Practitioner = "practitioner";
    public const string SeesChildren = "sees-children";
    public const string ManagesConcerns = "manages-concerns";
    public const string Administers = "administers";
    public const string AgencySystem = "agency-system";
    public const string PrivacyOfficer = "privacy-officer";
    public const string ManagesTraining = "manages-training";
    public const string StrategicLead = "strategic-lead";
    public const string PartnershipLead = "partnership-lead";

    public static void Add(AuthorizationOptions options)
    {
        options.FallbackPolicy = PractitionerPolicy();
        options.AddPolicy(Practitioner, PractitionerPolicy());
        options.AddPolicy(SeesChildren, p => p.Combine(PractitionerPolicy()).RequireAssertion(c => c.User.Roles().SeesChildren()));
        options.AddPolicy(ManagesConcerns, p => p.Combine(PractitionerPolicy()).RequireAssertion(c => c.User.HasRole(PractitionerRoles.DesignatedSafeguardingLead)));
        options.AddPolicy(Administers, p => p.Combine(PractitionerPolicy()).RequireAssertion(c => c.User.HasRole(PractitionerRoles.PartnershipAdministrator)));
        options.AddPolicy(PrivacyOfficer, p => p.Combine(PractitionerPolicy()).RequireAssertion(c => c.User.HasRole(PractitionerRoles.PrivacyOfficer)));
        options.AddPolicy(ManagesTraining, p => p.Combine(PractitionerPolicy()).RequireAssertion(c => c.User.HasRole(PractitionerRoles.DesignatedSafeguardingLead) || c.User.HasRole(PractitionerRoles.PartnershipAdministrator)));
        options.AddPolicy(StrategicLead, p => p.Combine(PractitionerPolicy()).RequireAssertion(c => c.User.HasRole(PractitionerRoles.StrategicLead)));
        options.AddPolicy(PartnershipLead, p => p.Combine(PractitionerPolicy()).RequireAssertion(c => c.User.HasRole(PractitionerRoles.StrategicLead | PractitionerRoles.PartnershipAdministrator)));
        options.AddPolicy(AgencySystem, p => p.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser());
    }

    private static AuthorizationPolicy PractitionerPolicy() =>
        new AuthorizationPolicyBuilder(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme)
            .RequireAuthenticatedUser()
            .RequireClaim(ClaimNames.AgencyId)
            .Build();
}
