using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Modules.Partnership.Contracts;

public sealed record InvitationInput(Guid AgencyId, Guid? TeamId, string? Email, string? DisplayName, PractitionerRoles Roles);

/// <summary>The invitation and the one-time token for its link; the token is shown once and never stored.</summary>
public sealed record IssuedInvitation(Invitation Invitation, string Token);
