namespace Tessera.Core.Modules.Access.Contracts;

/// <summary>Why the practitioner wants the child's information. The same relationship can allow one purpose and not another.</summary>
public enum AccessPurpose
{
    /// <summary>See the child's record and concerns. A share alone does not allow it: it allows <see cref="ViewShared"/>.</summary>
    View = 1,

    /// <summary>Record a concern on the agency's record of the child.</summary>
    RecordConcern = 2,

    /// <summary>Manage concerns: add actions, assign, close, assign practitioners to the child.</summary>
    Manage = 3,

    /// <summary>Shield information on the agency's record.</summary>
    Shield = 4,

    /// <summary>Unshield information, recording why.</summary>
    Unshield = 5,

    /// <summary>See who has viewed the child's record.</summary>
    ViewAuditTrail = 6,

    /// <summary>Make a subject access export, or place and lift legal holds.</summary>
    DataRights = 7,

    /// <summary>See what another agency shared about the child (the share's own copy), not the sender's record.</summary>
    ViewShared = 8,
}
