namespace Tessera.Core.Modules.Concerns.Models;

public enum ConcernStatus
{
    Open = 1,
    Closed = 2,
}
