namespace Tessera.Core.Processes;

public enum ActorKind
{
    System = 0,
    Practitioner = 1,
    ApiClient = 2,

    /// <summary>Someone not signed in: recorded only when they are turned away.</summary>
    Anonymous = 3,
}
