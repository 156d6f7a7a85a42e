using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Concerns.Models;

namespace Tessera.Web.Api;

public sealed record ChildSummaryResponse(Guid Id, string GivenName, string FamilyName, DateOnly DateOfBirth, string? NhsNumber, string? Postcode, string? AgencyReference, string? MatchedAlias);

public sealed record CreateChildRequest(
    string? GivenName,
    string? FamilyName,
    DateOnly? DateOfBirth,
    Sex? Sex,
    string? Address,
    string? Postcode,
    string? NhsNumber,
    string? UniquePupilNumber,
    string? AgencyReference);

public sealed record RecordConcernRequest(
    Guid? ChildRecordId,
    string? CategoryCode,
    int? LevelOfNeed,
    string? WhatHappened,
    string? PractitionerView,
    string? ChildSaid,
    string? ChildSeemed,
    string? ChildVoiceNotRecordedReason,
    DateTimeOffset? OccurredAt,
    IReadOnlyList<Guid>? LinkedChildRecordIds);

public sealed record ConcernResponse(
    Guid Id,
    Guid ChildRecordId,
    string CategoryCode,
    LevelOfNeed LevelOfNeed,
    string WhatHappened,
    string? PractitionerView,
    string? ChildSaid,
    string? ChildSeemed,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    ConcernStatus Status)
{
    public static ConcernResponse From(Concern c) =>
        new(c.Id, c.ChildRecordId, c.CategoryCode, c.LevelOfNeed, c.WhatHappened, c.PractitionerView, c.ChildSaid, c.ChildSeemed, c.OccurredAt, c.RecordedAt, c.Status);
}
