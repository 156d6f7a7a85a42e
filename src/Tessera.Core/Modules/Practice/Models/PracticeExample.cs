using Tessera.Core.Modules.Partnership.Models;

namespace Tessera.Core.Modules.Practice.Models;

/// <summary>An example of good practice or learning a practitioner submitted; searchable once an administrator publishes it.</summary>
public class PracticeExample
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 2000;
    public const int WhatWorkedMaxLength = 8000;
    public const int TagsMaxLength = 500;
    public const int AgencyTypesMaxLength = 300;
    public const int RejectionReasonMaxLength = 1000;

    public Guid Id { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public required string WhatWorked { get; set; }
    public PracticeThemes Themes { get; set; }

    /// <summary>Topic tags, lower case, stored as "|tag|other tag|" so one tag is found with a LIKE on both providers.</summary>
    public string Tags { get; set; } = "|";

    /// <summary>Agency types involved, stored as "|Police|School|" for the same reason.</summary>
    public string AgencyTypes { get; set; } = "|";

    public PracticeExampleStatus Status { get; set; }
    public Guid SubmittedById { get; set; }
    public Guid SubmittedByAgencyId { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public Guid? ModeratedById { get; set; }
    public DateTimeOffset? ModeratedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? RejectionReason { get; set; }
    public int HelpfulCount { get; set; }
    public Guid Version { get; set; }

    public IReadOnlyList<string> TagList => PipeList.Split(Tags);

    public IReadOnlyList<AgencyType> AgencyTypeList =>
        PipeList.Split(AgencyTypes).Select(t => Enum.TryParse<AgencyType>(t, out var type) ? type : AgencyType.Other).Distinct().ToList();
}
