namespace Tessera.Core.Processes;

/// <summary>Who is making a change: a signed-in practitioner, an agency system using an API key, or Tessera itself.</summary>
public sealed record Actor(ActorKind Kind, Guid? Id, Guid? AgencyId)
{
    public static Actor System { get; } = new(ActorKind.System, null, null);

    public static Actor Anonymous { get; } = new(ActorKind.Anonymous, null, null);

    public static Actor ForPractitioner(Guid practitionerId, Guid agencyId) => new(ActorKind.Practitioner, practitionerId, agencyId);

    public static Actor ForApiClient(Guid apiKeyId, Guid agencyId) => new(ActorKind.ApiClient, apiKeyId, agencyId);
}
