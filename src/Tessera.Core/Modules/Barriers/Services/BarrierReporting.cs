using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Barriers.Contracts;
using Tessera.Core.Modules.Barriers.Events;
using Tessera.Core.Modules.Barriers.Models;
using Tessera.Core.Modules.Notifications.Models;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Barriers.Services;

/// <summary>Practitioners report barriers to sharing; partnership leads (strategic leads, administrators) triage and respond.</summary>
public sealed class BarrierReporting(TesseraDbContext db, Inbox inbox)
{
    public const PractitionerRoles Leads = PractitionerRoles.StrategicLead | PractitionerRoles.PartnershipAdministrator;
    public const string StaleMessage = "Someone else responded to this barrier while you had it open. Your text is below: check their response and submit again.";

    public async Task<Outcome<BarrierReport>> ReportAsync(ReportBarrierInput input, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        BarrierType? type = Enum.TryParse<BarrierType>(input.Type, out var t) && Enum.IsDefined(t) && !int.TryParse(input.Type, out _) ? t : null;
        if (type is null)
        {
            errors.Add(nameof(input.Type), "Select what kind of barrier it was");
        }

        errors.Required(nameof(input.Description), input.Description, "Describe what happened, without naming the child or family");
        errors.MaxLength(nameof(input.Description), input.Description, BarrierReport.DescriptionMaxLength, "The description");
        var agencyTypes = new List<AgencyType>();
        foreach (var value in input.AgencyTypes)
        {
            if (Enum.TryParse<AgencyType>(value, out var a) && Enum.IsDefined(a) && !int.TryParse(value, out _))
            {
                agencyTypes.Add(a);
            }
            else
            {
                errors.Add(nameof(input.AgencyTypes), "Select agency types from the list");
            }
        }

        if (!errors.IsValid)
        {
            return Outcome<BarrierReport>.Failure(errors);
        }

        var agencyId = process.Actor.AgencyId ?? throw new NotPermittedException("Only a practitioner can report a barrier.");
        var agencyType = await db.Agencies.Where(a => a.Id == agencyId).Select(a => a.Type).SingleAsync(cancellationToken);
        var report = new BarrierReport
        {
            Id = Guid.CreateVersion7(),
            Type = type!.Value,
            Description = input.Description!.Trim(),
            AgencyTypes = "|" + string.Concat(agencyTypes.Distinct().Select(a => a + "|")),
            ReportedById = process.Actor.Id ?? Guid.Empty,
            ReportedByAgencyId = agencyId,
            ReportedByAgencyType = agencyType,
            ReportedAt = process.Now,
            Status = BarrierStatus.New,
        };
        db.BarrierReports.Add(report);
        process.Publish(new BarrierReported(report.Id, report.Type, agencyId));
        await process.CompleteAsync(db, cancellationToken);
        return Outcome<BarrierReport>.Success(report);
    }

    /// <summary>A lead records progress or a response; a response goes to the reporter's inbox.</summary>
    public async Task<Outcome<BarrierReport>> RespondAsync(Guid reportId, Guid expectedVersion, string? status, string? response, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var responderId = process.Actor.Id ?? throw new NotPermittedException("Only a partnership lead can respond.");
        if (!await db.Users.AnyAsync(p => p.Id == responderId && !p.IsDisabled && (p.Roles & Leads) != 0, cancellationToken))
        {
            throw new NotPermittedException("Only a strategic lead or partnership administrator can respond to a barrier.");
        }

        var report = await db.BarrierReports.SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken)
            ?? throw new NotPermittedException("There is no barrier report with that id.");
        var errors = new ValidationErrors();
        BarrierStatus? newStatus = status switch
        {
            nameof(BarrierStatus.UnderReview) => BarrierStatus.UnderReview,
            nameof(BarrierStatus.Responded) => BarrierStatus.Responded,
            _ => null,
        };
        if (newStatus is null)
        {
            errors.Add("Status", "Select whether you are looking into it or have responded");
        }

        if (newStatus == BarrierStatus.Responded)
        {
            errors.Required("Response", response, "Enter your response to the practitioner");
        }

        errors.MaxLength("Response", response, BarrierReport.ResponseMaxLength, "The response");
        if (!errors.IsValid)
        {
            return Outcome<BarrierReport>.Failure(errors);
        }

        report.Status = newStatus!.Value;
        if (!string.IsNullOrWhiteSpace(response))
        {
            report.Response = response.Trim();
            report.RespondedById = responderId;
            report.RespondedAt = process.Now;
        }

        db.Entry(report).Property(r => r.Version).OriginalValue = expectedVersion;
        process.Publish(new BarrierResponded(report.Id, report.Status));
        if (report.Status == BarrierStatus.Responded && report.ReportedById != responderId)
        {
            inbox.Notify(process, report.ReportedById, InboxItemKind.BarrierResponded, "The partnership has responded to a barrier you reported", $"/barriers/{report.Id}", report.Id);
        }

        try
        {
            await process.CompleteAsync(db, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            var stale = new ValidationErrors();
            stale.Add("Response", StaleMessage);
            return Outcome<BarrierReport>.Failure(stale);
        }

        return Outcome<BarrierReport>.Success(report);
    }
}
