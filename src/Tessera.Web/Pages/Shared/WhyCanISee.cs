using Tessera.Core.Modules.Access.Contracts;

namespace Tessera.Web.Pages.Shared;

/// <summary>The model of the "Why can I see this?" panel: every relationship that lets the practitioner see the child.</summary>
public sealed record WhyCanISee(IReadOnlyList<Relationship> Relationships, string OwningAgencyName);
