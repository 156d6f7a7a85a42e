namespace Tessera.Core.Processes;

/// <summary>The stored number of an event type. Numbers are never renumbered or reused.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventTypeAttribute(int number) : Attribute
{
    public int Number { get; } = number;
}
