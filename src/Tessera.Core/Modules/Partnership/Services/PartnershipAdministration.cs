using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Contracts;
using Tessera.Core.Modules.Partnership.Events;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Processes;
using Tessera.Core.Security;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Partnership.Services;

/// <summary>What a partnership administrator does: agencies, teams, invitations, roles and disabling accounts.</summary>
public sealed class PartnershipAdministration(TesseraDbContext db)
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    public async Task<Outcome<Agency>> AddAgencyAsync(string? name, AgencyType? type, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        errors.Required("Name", name, "Enter the agency's name");
        errors.MaxLength("Name", name, Agency.NameMaxLength, "The agency's name");
        if (type is null || !Enum.IsDefined(type.Value))
        {
            errors.Add("Type", "Select the type of agency");
        }

        var trimmed = name?.Trim() ?? "";
        if (errors.IsValid && await db.Agencies.AnyAsync(a => a.Name == trimmed, cancellationToken))
        {
            errors.Add("Name", "An agency with this name is already in the partnership");
        }

        if (!errors.IsValid)
        {
            return Outcome<Agency>.Failure(errors);
        }

        var partnershipId = await db.Partnerships.Select(p => p.Id).FirstAsync(cancellationToken);
        var agency = new Agency { Id = Guid.CreateVersion7(), PartnershipId = partnershipId, Name = trimmed, Type = type!.Value, CreatedAt = process.Now };
        db.Agencies.Add(agency);
        process.Publish(new AgencyAdded(agency.Id, agency.Type));
        await process.CompleteAsync(db, cancellationToken);
        return Outcome<Agency>.Success(agency);
    }

    public async Task<Outcome<Team>> AddTeamAsync(Guid agencyId, string? name, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        errors.Required("Name", name, "Enter the team's name");
        errors.MaxLength("Name", name, 200, "The team's name");
        var trimmed = name?.Trim() ?? "";
        if (errors.IsValid && await db.Teams.AnyAsync(t => t.AgencyId == agencyId && t.Name == trimmed, cancellationToken))
        {
            errors.Add("Name", "This agency already has a team with this name");
        }

        if (!await db.Agencies.AnyAsync(a => a.Id == agencyId, cancellationToken))
        {
            throw new NotPermittedException("No agency has that id.");
        }

        if (!errors.IsValid)
        {
            return Outcome<Team>.Failure(errors);
        }

        var team = new Team { Id = Guid.CreateVersion7(), AgencyId = agencyId, Name = trimmed };
        db.Teams.Add(team);
        process.Publish(new TeamAdded(team.Id, agencyId));
        await process.CompleteAsync(db, cancellationToken);
        return Outcome<Team>.Success(team);
    }

    public async Task<Outcome<IssuedInvitation>> InviteAsync(InvitationInput input, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        errors.Required("DisplayName", input.DisplayName, "Enter the practitioner's full name");
        errors.MaxLength("DisplayName", input.DisplayName, Practitioner.NameMaxLength, "Full name");
        errors.Required("Email", input.Email, "Enter the practitioner's work email address");
        if (!string.IsNullOrWhiteSpace(input.Email) && (!input.Email.Contains('@', StringComparison.Ordinal) || input.Email.Length > 256))
        {
            errors.Add("Email", "Enter an email address in the correct format, like name@example.org");
        }

        if (input.Roles == PractitionerRoles.None)
        {
            errors.Add("Roles", "Select at least one role");
        }

        if (!await db.Agencies.AnyAsync(a => a.Id == input.AgencyId && a.IsActive, cancellationToken))
        {
            errors.Add("AgencyId", "Select the practitioner's agency");
        }
        else if (input.TeamId is { } teamId && !await db.Teams.AnyAsync(t => t.Id == teamId && t.AgencyId == input.AgencyId, cancellationToken))
        {
            errors.Add("TeamId", "Select a team in the practitioner's agency, or no team");
        }

        var email = input.Email?.Trim().ToLowerInvariant() ?? "";
        var normalised = email.ToUpperInvariant();
        if (errors.IsValid && await db.Users.AnyAsync(u => u.NormalizedEmail == normalised, cancellationToken))
        {
            errors.Add("Email", "Someone with this email address already has an account");
        }

        if (!errors.IsValid)
        {
            return Outcome<IssuedInvitation>.Failure(errors);
        }

        var token = SecretHasher.NewSecret();
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(),
            AgencyId = input.AgencyId,
            TeamId = input.TeamId,
            Email = email,
            DisplayName = input.DisplayName!.Trim(),
            Roles = input.Roles,
            TokenHash = SecretHasher.Hash(token),
            CreatedAt = process.Now,
            ExpiresAt = process.Now + InvitationLifetime,
            InvitedById = process.Actor.Id ?? Guid.Empty,
        };
        db.Invitations.Add(invitation);
        process.Publish(new PractitionerInvited(invitation.Id, invitation.AgencyId, invitation.Roles, invitation.ExpiresAt));
        await process.CompleteAsync(db, cancellationToken);
        return Outcome<IssuedInvitation>.Success(new IssuedInvitation(invitation, token));
    }

    /// <summary>Finds an invitation that can still be used, or null: unknown, used and expired links look the same to the visitor.</summary>
    public async Task<Invitation?> FindUsableInvitationAsync(string token, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var hash = SecretHasher.Hash(token);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        return invitation is { UsedAt: null } && invitation.ExpiresAt > now ? invitation : null;
    }

    /// <summary>Shown when an administrator saves over a change made since they opened the page; nothing is saved.</summary>
    public const string ChangedWhileOpen = "Someone else changed this while you had it open. Nothing was saved. Check the details, which are now up to date, then save again.";

    /// <param name="seenStamp">The practitioner's concurrency stamp when the page was opened; a different stamp now means a stale edit.</param>
    public async Task<Outcome<Practitioner>> ChangeRolesAsync(Guid practitionerId, PractitionerRoles roles, ProcessContext process, string? seenStamp = null, CancellationToken cancellationToken = default)
    {
        var practitioner = await db.Users.SingleOrDefaultAsync(p => p.Id == practitionerId, cancellationToken)
            ?? throw new NotPermittedException("No practitioner has that id.");
        var errors = new ValidationErrors();
        if (seenStamp is not null && seenStamp != practitioner.ConcurrencyStamp)
        {
            errors.Add("Roles", ChangedWhileOpen);
            return Outcome<Practitioner>.Failure(errors);
        }

        if (roles == PractitionerRoles.None)
        {
            errors.Add("Roles", "Select at least one role");
        }

        if (practitioner.Id == process.Actor.Id && !roles.Has(PractitionerRoles.PartnershipAdministrator))
        {
            errors.Add("Roles", "You cannot remove your own administrator role: ask another administrator");
        }

        if (!errors.IsValid)
        {
            return Outcome<Practitioner>.Failure(errors);
        }

        var from = practitioner.Roles;
        if (from != roles)
        {
            practitioner.Roles = roles;
            practitioner.SecurityStamp = Guid.NewGuid().ToString();
            practitioner.ConcurrencyStamp = Guid.NewGuid().ToString();
            process.Publish(new PractitionerRolesChanged(practitioner.Id, from, roles));
            if (!await SavedAsync(process, cancellationToken))
            {
                errors.Add("Roles", ChangedWhileOpen);
                return Outcome<Practitioner>.Failure(errors);
            }
        }

        return Outcome<Practitioner>.Success(practitioner);
    }

    /// <param name="seenStamp">The practitioner's concurrency stamp when the page was opened; a different stamp now means a stale edit.</param>
    public async Task<Outcome<Practitioner>> SetDisabledAsync(Guid practitionerId, bool disabled, ProcessContext process, string? seenStamp = null, CancellationToken cancellationToken = default)
    {
        var practitioner = await db.Users.SingleOrDefaultAsync(p => p.Id == practitionerId, cancellationToken)
            ?? throw new NotPermittedException("No practitioner has that id.");
        if (seenStamp is not null && seenStamp != practitioner.ConcurrencyStamp)
        {
            var stale = new ValidationErrors();
            stale.Add("Disabled", ChangedWhileOpen);
            return Outcome<Practitioner>.Failure(stale);
        }

        if (disabled && practitioner.Id == process.Actor.Id)
        {
            var errors = new ValidationErrors();
            errors.Add("Disabled", "You cannot disable your own account");
            return Outcome<Practitioner>.Failure(errors);
        }

        if (practitioner.IsDisabled != disabled)
        {
            practitioner.IsDisabled = disabled;

            // A new security stamp signs the person out everywhere at the next cookie validation.
            practitioner.SecurityStamp = Guid.NewGuid().ToString();
            practitioner.ConcurrencyStamp = Guid.NewGuid().ToString();
            process.Publish(disabled ? new PractitionerDisabled(practitioner.Id) : new PractitionerEnabled(practitioner.Id));
            if (!await SavedAsync(process, cancellationToken))
            {
                var stale = new ValidationErrors();
                stale.Add("Disabled", ChangedWhileOpen);
                return Outcome<Practitioner>.Failure(stale);
            }
        }

        return Outcome<Practitioner>.Success(practitioner);
    }

    /// <summary>Saves the process; false when someone else saved the practitioner between our read and this write.</summary>
    private async Task<bool> SavedAsync(ProcessContext process, CancellationToken cancellationToken)
    {
        try
        {
            await process.CompleteAsync(db, cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
