using Tessera.Core.Modules.Concerns.Models;

namespace Tessera.Core.Modules.Concerns.Contracts;

/// <summary>What a practitioner records about a concern. Facts and opinion are separate on purpose.</summary>
public sealed record RecordConcernInput
{
    public Guid ChildRecordId { get; init; }
    public string? CategoryCode { get; init; }
    public LevelOfNeed? LevelOfNeed { get; init; }
    public string? WhatHappened { get; init; }
    public string? PractitionerView { get; init; }
    public string? ChildSaid { get; init; }
    public string? ChildSeemed { get; init; }
    public string? ChildVoiceNotRecordedReason { get; init; }

    /// <summary>When it happened; null means now. Back-dating is allowed, the recording time is kept separately.</summary>
    public DateTimeOffset? OccurredAt { get; init; }
    public IReadOnlyList<Guid> LinkedChildRecordIds { get; init; } = [];
}
