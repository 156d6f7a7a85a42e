using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Models;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Retention.Contracts;
using Tessera.Core.Processes;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Retention.Services;

/// <summary>
/// Finds an adult's entries: the chosen related-adult entry, or every entry with that full name and postcode (exact,
/// ignoring case and spacing) on records the privacy officer's agency holds. Every entry's record passes the access check.
/// </summary>
internal sealed class AdultFinder(TesseraDbContext db, AccessService access)
{
    public async Task<List<RelatedAdult>?> FindAsync(SubjectAccessRequest request, Actor actor, ValidationErrors errors, CancellationToken cancellationToken)
    {
        string name;
        string? postcode;
        if (request.RelatedAdultId is { } entryId)
        {
            var chosen = await db.RelatedAdults.AsNoTracking().SingleOrDefaultAsync(a => a.Id == entryId, cancellationToken);
            if (chosen is null || !(await access.DecideAsync(actor, chosen.ChildRecordId, AccessPurpose.DataRights, cancellationToken)).Allowed)
            {
                errors.Add("RelatedAdultId", "Choose an adult recorded on a child your agency holds");
                return null;
            }

            if (chosen.Postcode is null)
            {
                return [chosen];
            }

            (name, postcode) = (chosen.Name, chosen.Postcode);
        }
        else
        {
            errors.Required("AdultName", request.AdultName, "Enter the adult's full name");
            errors.Required("AdultPostcode", request.AdultPostcode, "Enter the adult's postcode");
            if (!errors.IsValid)
            {
                return null;
            }

            (name, postcode) = (request.AdultName!, request.AdultPostcode);
        }

        var nameKey = name.Trim().ToUpperInvariant();
        var postcodeKey = Postcode(postcode!);
        var agencyId = actor.AgencyId;
        var candidates = await db.RelatedAdults.AsNoTracking()
            .Where(a => a.Name.ToUpper() == nameKey && a.Postcode != null)
            .Join(db.ChildRecords.Where(c => c.AgencyId == agencyId), a => a.ChildRecordId, c => c.Id, (a, c) => a)
            .ToListAsync(cancellationToken);
        var entries = new List<RelatedAdult>();
        foreach (var entry in candidates.Where(a => Postcode(a.Postcode!) == postcodeKey))
        {
            if ((await access.DecideAsync(actor, entry.ChildRecordId, AccessPurpose.DataRights, cancellationToken)).Allowed)
            {
                entries.Add(entry);
            }
        }

        if (entries.Count == 0)
        {
            errors.Add("AdultName", "No adult with that full name and postcode is recorded on a child your agency holds");
            return null;
        }

        return entries;
    }

    private static string Postcode(string postcode) => postcode.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}

/// <summary>
/// An adult's export: their related-adult entries and the concerns on those children that mention them by name.
/// The children, and other adults on their records, are third parties.
/// </summary>
internal sealed class AdultExport(SubjectAccessExport export, TesseraDbContext db)
{
    public async Task<SubjectAccessContent> BuildAsync(List<RelatedAdult> entries, ExportContext context, CancellationToken cancellationToken)
    {
        var redactor = context.Redactor;
        var childIds = entries.Select(e => e.ChildRecordId).Distinct().ToList();
        var entryIds = entries.Select(e => e.Id).ToList();
        var adultName = entries[0].Name;
        var otherAdults = await db.RelatedAdults.AsNoTracking()
            .Where(a => childIds.Contains(a.ChildRecordId) && !entryIds.Contains(a.Id)).ToListAsync(cancellationToken);
        var concerns = (await export.ConcernsAsync(c => childIds.Contains(c.ChildRecordId), cancellationToken))
            .Where(c => Mentions(c, adultName)).ToList();
        var shields = await export.ActiveShieldsAsync(childIds, concerns.Select(c => c.Id).ToList(), cancellationToken);
        var linked = concerns.SelectMany(c => c.LinkedChildren.Select(l => l.ChildRecordId)).Concat(childIds).Distinct().ToList();
        redactor.ThirdPartyNames((await export.NamesOfChildrenAsync(linked, cancellationToken)).Concat(otherAdults.Select(a => a.Name)), [adultName]);

        var entryJson = entries.Select(e => shields.FirstOrDefault(s => s.Target == ShieldTarget.RelatedAdult && s.TargetId == e.Id) is { } shield
            ? redactor.WithheldValue(context.AgencyName(shield.OwningAgencyId), "An entry about you")
            : (JsonNode)new JsonObject
            {
                ["id"] = e.Id,
                ["name"] = e.Name,
                ["relationship"] = e.Relationship.ToString(),
                ["dateOfBirth"] = e.DateOfBirth is { } dob ? SubjectAccessChildJson.Date(dob) : null,
                ["address"] = e.Address,
                ["postcode"] = e.Postcode,
                ["child"] = redactor.ThirdParty("The child the entry is recorded on"),
                ["otherAdults"] = new JsonArray(otherAdults.Where(a => a.ChildRecordId == e.ChildRecordId)
                    .Select(_ => (JsonNode)redactor.ThirdParty("Another adult recorded on the same child")).ToArray()),
            }).ToArray();
        var record = new JsonObject { ["adult"] = new JsonObject { ["name"] = adultName, ["entries"] = new JsonArray(entryJson) } };
        var concernJson = concerns.Select(c => new SubjectAccessConcernJson(context, shields, null).Concern(c)).ToList();
        var audit = await db.AuditEntries.AsNoTracking()
            .Where(a => a.SubjectId != null && entryIds.Contains(a.SubjectId.Value)).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return new SubjectAccessContent("adult", entryIds, childIds, record, concernJson, audit);
    }

    private static bool Mentions(Tessera.Core.Modules.Concerns.Models.Concern concern, string name) =>
        new[] { concern.WhatHappened, concern.PractitionerView, concern.ChildSaid, concern.ChildSeemed, concern.Outcome }
            .Concat(concern.Actions.Select(a => a.Description)).Concat(concern.Amendments.Select(a => a.Text))
            .Any(text => text is not null && text.Contains(name.Trim(), StringComparison.OrdinalIgnoreCase));
}
