namespace Tessera.Web.Auth;

public static class ClaimNames
{
    public const string AgencyId = "tessera:agency";
    public const string Roles = "tessera:roles";
    public const string DisplayName = "tessera:name";
    public const string TwoFactorEnrolled = "tessera:2fa-enrolled";

    /// <summary>When the practitioner last proved who they are (signed in or confirmed), as Unix seconds.</summary>
    public const string AuthTime = "tessera:auth-time";

    /// <summary>"true" when this session passed a second factor (a security code, or the partnership's identity provider).</summary>
    public const string SecondFactor = "tessera:second-factor";
}
