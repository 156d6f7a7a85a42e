namespace Tessera.Core.Modules.Practice.Models;

/// <summary>Stored numbers are stable.</summary>
public enum PracticeExampleStatus
{
    AwaitingModeration = 1,
    Published = 2,
    Rejected = 3,
}
