using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Children.Contracts;
using Tessera.Core.Modules.Children.Models;
using Tessera.Core.Modules.Children.Services;
using Tessera.Core.Modules.Concerns.Contracts;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Modules.Concerns.Services;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.Web.Auth;
using Tessera.Web.Infrastructure;

namespace Tessera.Web.Api;

/// <summary>/api/v1 for agency systems. Every route needs an agency API key; errors are RFC 9457 problem details.</summary>
public static class ApiEndpoints
{
    public static void MapTesseraApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1").RequireAuthorization(Policies.AgencySystem).WithTags("v1");
        v1.MapPost("/children/search", SearchChildrenAsync).WithName("SearchChildren")
            .WithSummary("Search your agency's children")
            .WithDescription("Send a name, a date of birth or an NHS number as 'q' in a JSON body. Searches are sent by POST so that no child's details appear in an address. Every search is audited: the kinds of term, their keyed hashes and the ids returned.");
        v1.MapPost("/children", CreateChildAsync).WithName("CreateChild");
        v1.MapPost("/concerns", RecordConcernAsync).WithName("RecordConcern");
        v1.MapGet("/concerns/{id:guid}", GetConcernAsync).WithName("GetConcern");
        v1.MapShareApi();
    }

    private static async Task<IResult> SearchChildrenAsync(ChildSearchRequest request, ClaimsPrincipal user, AuditedChildSearch search, CancellationToken ct)
    {
        var q = request.Q;
        if (string.IsNullOrWhiteSpace(q))
        {
            return Problems.Validation(("q", "Enter a name, a date of birth or an NHS number to search for"));
        }

        if (q.Length > 200)
        {
            return Problems.Validation(("q", "Search text must be 200 characters or fewer"));
        }

        var results = await search.SearchAsync(user.Actor(), user.AgencyId(), q, "api", cancellationToken: ct);
        return Results.Ok(results.Select(r => new ChildSummaryResponse(r.Id, r.GivenName, r.FamilyName, r.DateOfBirth, r.NhsNumber, r.Postcode, r.AgencyReference, r.MatchedAlias)));
    }

    private static async Task<IResult> CreateChildAsync(
        CreateChildRequest request, HttpContext http, ChildRecordService children, IdempotentRequests idempotency, TimeProvider clock)
    {
        var user = http.User;
        return await idempotency.RunAsync(http, user.Id(), request, async () =>
        {
            var input = new ChildRecordInput
            {
                GivenName = request.GivenName,
                FamilyName = request.FamilyName,
                DateOfBirth = request.DateOfBirth,
                Sex = request.Sex ?? Sex.NotKnown,
                Address = request.Address,
                Postcode = request.Postcode,
                NhsNumber = request.NhsNumber,
                UniquePupilNumber = request.UniquePupilNumber,
                AgencyReference = request.AgencyReference,
            };
            var process = ProcessContext.Start(ProcessType.ChildRecordCreated, user.Actor(), clock, "Recorded through the API");
            var outcome = await children.CreateAsync(input, process, http.RequestAborted);
            return outcome.Succeeded
                ? new IdempotentRequests.Response(201, new ChildSummaryResponse(outcome.Value!.Id, outcome.Value.GivenName, outcome.Value.FamilyName, outcome.Value.DateOfBirth, outcome.Value.NhsNumber, outcome.Value.Postcode, outcome.Value.AgencyReference, null), $"/api/v1/children/{outcome.Value.Id}")
                : new IdempotentRequests.Response(400, Problems.ValidationBody(outcome.Errors), null);
        });
    }

    private static async Task<IResult> RecordConcernAsync(
        RecordConcernRequest request, HttpContext http, ConcernService concerns, IdempotentRequests idempotency, TimeProvider clock)
    {
        var user = http.User;
        return await idempotency.RunAsync(http, user.Id(), request, async () =>
        {
            var input = new RecordConcernInput
            {
                ChildRecordId = request.ChildRecordId ?? Guid.Empty,
                CategoryCode = request.CategoryCode,
                LevelOfNeed = request.LevelOfNeed is { } level ? (LevelOfNeed)level : null,
                WhatHappened = request.WhatHappened,
                PractitionerView = request.PractitionerView,
                ChildSaid = request.ChildSaid,
                ChildSeemed = request.ChildSeemed,
                ChildVoiceNotRecordedReason = request.ChildVoiceNotRecordedReason,
                OccurredAt = request.OccurredAt?.ToUniversalTime(),
                LinkedChildRecordIds = request.LinkedChildRecordIds ?? [],
            };

            // Concerns sent by an agency system are recorded in the name of the practitioner the key acts for.
            var actsAs = Guid.Parse(user.FindFirstValue("tessera:acts-as")!);
            var process = ProcessContext.Start(ProcessType.ConcernRecorded, new Actor(ActorKind.Practitioner, actsAs, user.AgencyId()), clock, $"Recorded through API key {user.Id()}");
            var outcome = await concerns.RecordAsync(input, process, http.RequestAborted);
            return outcome.Succeeded
                ? new IdempotentRequests.Response(201, ConcernResponse.From(outcome.Value!), $"/api/v1/concerns/{outcome.Value!.Id}")
                : new IdempotentRequests.Response(400, Problems.ValidationBody(outcome.Errors), null);
        });
    }

    private static async Task<IResult> GetConcernAsync(Guid id, ClaimsPrincipal user, TesseraDbContext db, AccessService access, AuditTrail audit, CancellationToken ct)
    {
        // The access decision (which audits a refusal) decides, not a filter here; the read is audited before it is sent.
        var concern = await db.Concerns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        var decision = concern is null ? null : await access.DecideAsync(user.Actor(), concern.ChildRecordId, AccessPurpose.View, ct);
        if (concern is null || decision?.Allowed != true)
        {
            return Results.Problem(statusCode: 404, title: "Not found", detail: "Your agency holds no concern with this id.");
        }

        await audit.RecordAsync(AuditAction.Read, user.Actor(), "concern", concern.Id, concern.ChildRecordId, cancellationToken: ct);
        return Results.Ok(ConcernResponse.From(concern));
    }
}
