using System.Security.Claims;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Inputs;
using Tessera.Core.Modules.Sharing.Models;
using Tessera.Core.Modules.Sharing.Services;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.Web.Auth;

namespace Tessera.Web.Api;

/// <summary>
/// A share sent by an agency system. Choices are their names ("Safeguarding", "NotSought", "PublicTask"), so a request
/// reads like the journey's answers. A lawful basis and a gateway are required, as on the pages.
/// </summary>
public sealed record SendShareRequest(
    Guid? ChildRecordId,
    string? Purpose,
    string? PurposeOther,
    string? Consent,
    string? ConsentNotSoughtReason,
    string? ConsentNote,
    string? RecipientKind,
    Guid? RecipientAgencyId,
    Guid? RecipientTeamId,
    Guid? RecipientPractitionerId,
    IReadOnlyList<Guid>? ConcernIds,
    string? SummaryFacts,
    string? SummaryOpinion,
    bool? FamilyTold,
    string? FamilyNotToldReason,
    IReadOnlyList<string>? DataCategories,
    string? LawfulBasis,
    string? GatewayCode);

public sealed record ShareResponse(Guid Id, Guid ChildRecordId, DateTimeOffset SentAt, string LawfulBasis, string GatewayCode, int GatewayRegistryVersion, int ConcernCount, int WithheldCount);

public static class ShareApi
{
    public static void MapShareApi(this RouteGroupBuilder v1) =>
        v1.MapPost("/shares", SendAsync).WithName("SendShare")
            .WithSummary("Share information about one of your agency's children")
            .WithDescription("Send the same answers as the sharing journey. A lawful basis and a legislative gateway from the partnership's registry are required. Send an Idempotency-Key header so a retry does not share twice.");

    private static async Task<IResult> SendAsync(SendShareRequest request, HttpContext http, ShareService shares, IdempotentRequests idempotency, TimeProvider clock)
    {
        var user = http.User;
        return await idempotency.RunAsync(http, user.Id(), request, async () =>
        {
            var errors = new ValidationErrors();
            var input = new SendShareInput
            {
                ChildRecordId = request.ChildRecordId ?? Guid.Empty,
                Purpose = Parse<SharingPurpose>(request.Purpose, nameof(request.Purpose), errors),
                PurposeOther = request.PurposeOther,
                Consent = Parse<ConsentState>(request.Consent, nameof(request.Consent), errors),
                ConsentNotSoughtReason = Parse<ConsentNotSoughtReason>(request.ConsentNotSoughtReason, nameof(request.ConsentNotSoughtReason), errors),
                ConsentNote = request.ConsentNote,
                RecipientKind = Parse<ShareRecipientKind>(request.RecipientKind, nameof(request.RecipientKind), errors),
                RecipientAgencyId = request.RecipientAgencyId,
                RecipientTeamId = request.RecipientTeamId,
                RecipientPractitionerId = request.RecipientPractitionerId,
                Concerns = (request.ConcernIds ?? []).Select(id => new ChosenConcern(id)).ToList(),
                SummaryFacts = request.SummaryFacts,
                SummaryOpinion = request.SummaryOpinion,
                FamilyTold = request.FamilyTold,
                FamilyNotToldReason = request.FamilyNotToldReason,
                DataCategories = (request.DataCategories ?? []).Aggregate(DataCategories.PersonalData,
                    (all, d) => all | (Parse<DataCategories>(d, nameof(request.DataCategories), errors) ?? DataCategories.None)),
                LawfulBasis = Parse<Article6Basis>(request.LawfulBasis, nameof(request.LawfulBasis), errors),
                GatewayCode = request.GatewayCode,
            };
            if (!errors.IsValid)
            {
                return new IdempotentRequests.Response(400, Problems.ValidationBody(errors), null);
            }

            // Shares sent by an agency system are sent in the name of the practitioner the key acts for.
            var actsAs = Guid.Parse(user.FindFirstValue("tessera:acts-as")!);
            var process = ProcessContext.Start(ProcessType.ShareSent, new Actor(ActorKind.Practitioner, actsAs, user.AgencyId()), clock, $"Shared through API key {user.Id()}");
            var outcome = await shares.SendAsync(input, process, http.RequestAborted);
            if (!outcome.Succeeded)
            {
                return new IdempotentRequests.Response(400, Problems.ValidationBody(outcome.Errors), null);
            }

            var s = outcome.Value!;
            return new IdempotentRequests.Response(201,
                new ShareResponse(s.Id, s.ChildRecordId, s.SentAt, s.LawfulBasis.ToString(), s.GatewayCode, s.GatewayRegistryVersion, s.Items.Count, s.Withheld.Count), null);
        });
    }

    /// <summary>A choice by name; an unknown name is a field error rather than a silent default.</summary>
    private static T? Parse<T>(string? value, string field, ValidationErrors errors)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        errors.Add(field, $"{field} must be one of: {string.Join(", ", Enum.GetNames<T>())}");
        return null;
    }
}
