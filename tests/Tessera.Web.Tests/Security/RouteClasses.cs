namespace Tessera.Web.Tests.Security;

/// <summary>What a route is for, and so who must be refused it. Each route in <see cref="AuthorisationMatrixTests"/>'s table has one.</summary>
public abstract record RouteClass;

/// <summary>Open to everyone: sign-in, the error page, health, the OpenAPI document.</summary>
public sealed record Anonymous : RouteClass;

/// <summary>Any signed-in practitioner, with no child's information in it (home, inbox, the search form).</summary>
public sealed record AnyPractitioner : RouteClass;

/// <summary>
/// Shows or changes one child's information; <paramref name="Url"/> builds its address for a child and a concern about
/// them. <paramref name="Methods"/> are "GET", "POST", or "POST:Handler" for a named page handler.
/// </summary>
public sealed record ChildData(Func<MatrixTarget, string> Url, params string[] Methods) : RouteClass;

/// <summary>The agency API reading one child's information, for a child and a concern about them.</summary>
public sealed record ChildDataApi(Func<MatrixTarget, string> Url, params string[] Methods) : RouteClass;

/// <summary>Partnership administration: administrators only.</summary>
public sealed record AgencyAdministration : RouteClass;

/// <summary>Privacy officers only (the audit trail, subject access, legal holds).</summary>
public sealed record PrivacyOfficer : RouteClass;

/// <summary>The agency API without a single child in its address: agency systems with an API key only.</summary>
public sealed record AgencySystemApi : RouteClass;

/// <summary>The child a request is about, and a concern about that child.</summary>
public sealed record MatrixTarget(Guid ChildId, Guid ConcernId)
{
    /// <summary>A share draft, a share and a decision not to share about the child, by its agency's DSL, shared within that agency.</summary>
    public Guid DraftId { get; init; }
    public Guid ShareId { get; init; }
    public Guid DecisionId { get; init; }
}

/// <summary>Managing training (an agency's DSL or a partnership administrator): a practitioner without those roles is refused.</summary>
public sealed record TrainingManagement : RouteClass;

/// <summary>Aggregate reports for strategic leads only; no child-level data.</summary>
public sealed record StrategicReporting : RouteClass;
