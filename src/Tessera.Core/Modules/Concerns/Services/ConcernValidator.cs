using Tessera.Core.Modules.Concerns.Contracts;
using Tessera.Core.Modules.Concerns.Models;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Concerns.Services;

public static class ConcernValidator
{
    public static ValidationErrors Validate(RecordConcernInput input, IReadOnlyCollection<string> activeCategories, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(input.CategoryCode))
        {
            errors.Add(nameof(input.CategoryCode), "Select the kind of concern");
        }
        else if (!activeCategories.Contains(input.CategoryCode))
        {
            errors.Add(nameof(input.CategoryCode), "Select a kind of concern from the list");
        }

        if (input.LevelOfNeed is null || !Enum.IsDefined(input.LevelOfNeed.Value))
        {
            errors.Add(nameof(input.LevelOfNeed), "Select the level of need, from 1 to 4");
        }

        errors.Required(nameof(input.WhatHappened), input.WhatHappened, "Enter what happened, as facts you saw or were told");
        errors.MaxLength(nameof(input.WhatHappened), input.WhatHappened, Concern.TextMaxLength, "What happened");
        errors.MaxLength(nameof(input.PractitionerView), input.PractitionerView, Concern.TextMaxLength, "Your view");
        errors.MaxLength(nameof(input.ChildSaid), input.ChildSaid, Concern.TextMaxLength, "What the child said");
        errors.MaxLength(nameof(input.ChildSeemed), input.ChildSeemed, Concern.TextMaxLength, "How the child seemed");
        errors.MaxLength(nameof(input.ChildVoiceNotRecordedReason), input.ChildVoiceNotRecordedReason, Concern.OutcomeMaxLength, "Why the child's voice is not recorded");

        if (string.IsNullOrWhiteSpace(input.ChildSaid) && string.IsNullOrWhiteSpace(input.ChildSeemed) && string.IsNullOrWhiteSpace(input.ChildVoiceNotRecordedReason))
        {
            errors.Add(nameof(input.ChildSaid), "Enter what the child said or how they seemed, or say why you cannot");
        }

        if (input.OccurredAt is { } occurred)
        {
            if (occurred > now.AddMinutes(5))
            {
                errors.Add(nameof(input.OccurredAt), "When it happened must be now or in the past");
            }
            else if (occurred < now.AddYears(-25))
            {
                errors.Add(nameof(input.OccurredAt), "When it happened must be within the last 25 years");
            }
        }

        if (input.LinkedChildRecordIds.Contains(input.ChildRecordId))
        {
            errors.Add(nameof(input.LinkedChildRecordIds), "A linked child must be a different child from the one the concern is about");
        }

        return errors;
    }
}
