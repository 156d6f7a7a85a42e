using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Practice.Models;

namespace Tessera.Core.Modules.Practice.Contracts;

/// <summary>What a practitioner searches for: free text (any characters; never parsed as query syntax) and filters.</summary>
public sealed record PracticeSearchQuery(string? Text, PracticeThemes Theme = PracticeThemes.None, string? Tag = null, AgencyType? AgencyType = null, int Limit = 20);

public sealed record PracticeSearchHit(Guid Id, string Title, string Summary, PracticeThemes Themes, string Tags, string AgencyTypes, int HelpfulCount, DateTimeOffset? PublishedAt);
