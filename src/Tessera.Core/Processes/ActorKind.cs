namespace Tessera.Core.Processes;

public enum ActorKind
{
    System = 0,
    Practitioner = 1,
    ApiClient = 2,
}
