namespace Tessera.Web.Auth;

public static class ClaimNames
{
    public const string AgencyId = "tessera:agency";
    public const string Roles = "tessera:roles";
    public const string DisplayName = "tessera:name";
    public const string TwoFactorEnrolled = "tessera:2fa-enrolled";
}
