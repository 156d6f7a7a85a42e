using Tessera.Core.Modules.Language.Models;

namespace Tessera.Core.Modules.Language.Contracts;

/// <summary>A term as an administrator typed it. <see cref="Version"/> is the version they saw (empty when adding).</summary>
public sealed record VocabularyTermInput(VocabularyKind? Kind, string? Term, string? Definition, Guid Version = default);

/// <summary>An agency's term and the shared term it means; <see cref="UsedBy"/> 0 is any agency.</summary>
public sealed record AgencyTermMappingInput(string? AgencyTerm, int UsedBy, Guid? TermId, Guid Version = default);
