using System.Globalization;
using System.Text.Json.Nodes;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Concerns.Models;

namespace Tessera.Core.Modules.Retention.Services;

/// <summary>The child's record as export JSON: shielded values withheld, related adults' contact details redacted.</summary>
internal sealed class SubjectAccessChildJson(ExportContext context, IReadOnlyList<Shield> shields)
{
    public JsonObject Child(ChildRecord child)
    {
        var redactor = context.Redactor;
        var addressShield = shields.FirstOrDefault(s => s.ChildRecordId == child.Id && s.Target == ShieldTarget.ChildAddress);
        JsonNode? address = child.Address;
        JsonNode? postcode = child.Postcode;
        if (addressShield is not null)
        {
            address = redactor.WithheldValue(context.AgencyName(addressShield.OwningAgencyId), "The child's address and postcode");
            postcode = address.DeepClone();
        }

        return new JsonObject
        {
            ["child"] = new JsonObject
            {
                ["id"] = child.Id,
                ["agency"] = context.AgencyName(child.AgencyId),
                ["agencyReference"] = child.AgencyReference,
                ["givenName"] = child.GivenName,
                ["familyName"] = child.FamilyName,
                ["dateOfBirth"] = Date(child.DateOfBirth),
                ["sex"] = child.Sex.ToString(),
                ["address"] = address,
                ["postcode"] = postcode,
                ["nhsNumber"] = child.NhsNumber,
                ["uniquePupilNumber"] = child.UniquePupilNumber,
                ["recordedAt"] = child.CreatedAt,
                ["retentionSchedule"] = child.RetentionCode,
            },
            ["aliases"] = new JsonArray(child.Aliases.Select(a => Shielded(ShieldTarget.Alias, a.Id, "Another name the child is known by")
                ?? new JsonObject { ["id"] = a.Id, ["givenName"] = a.GivenName, ["familyName"] = a.FamilyName }).ToArray()),
            ["relatedAdults"] = new JsonArray(child.RelatedAdults.Select(a => Shielded(ShieldTarget.RelatedAdult, a.Id, "A related adult")
                ?? new JsonObject
                {
                    ["id"] = a.Id,
                    ["name"] = a.Name,
                    ["relationship"] = a.Relationship.ToString(),
                    ["dateOfBirth"] = a.DateOfBirth is null ? null : redactor.ThirdParty($"{a.Name}'s date of birth"),
                    ["address"] = a.Address is null ? null : redactor.ThirdParty($"{a.Name}'s address"),
                    ["postcode"] = a.Postcode is null ? null : redactor.ThirdParty($"{a.Name}'s postcode"),
                }).ToArray()),
        };
    }

    private JsonNode? Shielded(ShieldTarget target, Guid id, string what) =>
        shields.FirstOrDefault(s => s.Target == target && s.TargetId == id) is { } shield
            ? context.Redactor.WithheldValue(context.AgencyName(shield.OwningAgencyId), what)
            : null;

    internal static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A concern as export JSON. Other children it is about are third parties, and so are their names in its text.</summary>
internal sealed class SubjectAccessConcernJson(ExportContext context, IReadOnlyList<Shield> shields, Guid? subjectChildId)
{
    public JsonNode Concern(Concern c)
    {
        var redactor = context.Redactor;
        if (shields.FirstOrDefault(s => s.Target == ShieldTarget.Concern && s.TargetId == c.Id) is { } shield)
        {
            return redactor.WithheldValue(context.AgencyName(shield.OwningAgencyId), "A concern");
        }

        var category = context.Categories.TryGetValue(c.CategoryCode, out var name) ? name : c.CategoryCode;
        var where = $"Concern ({category}, {c.OccurredAt:yyyy-MM-dd})";
        return new JsonObject
        {
            ["id"] = c.Id,
            ["agency"] = context.AgencyName(c.AgencyId),
            ["category"] = category,
            ["levelOfNeed"] = LevelOfNeedNames.For(c.LevelOfNeed),
            ["aboutChild"] = c.ChildRecordId == subjectChildId ? c.ChildRecordId.ToString() : redactor.ThirdParty($"{where}: the child it is about"),
            ["linkedChildren"] = new JsonArray(c.LinkedChildren.Select(l => l.ChildRecordId == subjectChildId
                ? (JsonNode)l.ChildRecordId.ToString()
                : redactor.ThirdParty($"{where}: another child it is about")).ToArray()),
            ["occurredAt"] = c.OccurredAt,
            ["recordedAt"] = c.RecordedAt,
            ["recordedBy"] = c.RecordedById,
            ["whatHappened"] = redactor.Text(c.WhatHappened, where),
            ["practitionerView"] = redactor.Text(c.PractitionerView, where),
            ["childSaid"] = redactor.Text(c.ChildSaid, where),
            ["childSeemed"] = redactor.Text(c.ChildSeemed, where),
            ["childVoiceNotRecordedReason"] = redactor.Text(c.ChildVoiceNotRecordedReason, where),
            ["status"] = c.Status.ToString(),
            ["outcome"] = redactor.Text(c.Outcome, where),
            ["closedAt"] = c.ClosedAt,
            ["actions"] = new JsonArray(c.Actions.OrderBy(a => a.AddedAt).Select(a => (JsonNode)new JsonObject
            {
                ["id"] = a.Id,
                ["description"] = redactor.Text(a.Description, where),
                ["dueBy"] = a.DueBy is { } due ? SubjectAccessChildJson.Date(due) : null,
                ["addedAt"] = a.AddedAt,
                ["completedAt"] = a.CompletedAt,
            }).ToArray()),
            ["amendments"] = new JsonArray(c.Amendments.OrderBy(a => a.AddedAt).Select(a => (JsonNode)new JsonObject
            {
                ["id"] = a.Id,
                ["text"] = redactor.Text(a.Text, where),
                ["addedAt"] = a.AddedAt,
            }).ToArray()),
        };
    }
}
