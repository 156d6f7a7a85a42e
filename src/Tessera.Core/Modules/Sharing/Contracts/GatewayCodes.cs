namespace Tessera.Core.Modules.Sharing.Contracts;

/// <summary>Codes of seeded gateways that code refers to by name; every other code is only data.</summary>
public static class GatewayCodes
{
    /// <summary>UK GDPR and DPA 2018: the gateway of last resort when no statute applies (a share with consent).</summary>
    public const string DataProtection = "UKGDPR-DPA2018";
}
