namespace Tessera.Core.Modules.Audit.Models;

/// <summary>What an audit entry records. Numbers are stored and hashed into the chain; never renumber or reuse one.</summary>
public enum AuditAction
{
    Read = 1,
    Search = 2,
    Create = 3,
    Update = 4,
    Share = 5,
    Decision = 6,
    Export = 7,
    Denied = 8,
    SignIn = 9,
    SignOut = 10,
    SignInFailed = 11,
    AdminChange = 12,
    EmergencyAccess = 13,
    Erasure = 14,
    Review = 15,
}
