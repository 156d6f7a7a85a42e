using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Sharing.Advice;

public static class AdviceValidator
{
    public static ValidationErrors ValidateAsk(AskAdviceInput input)
    {
        var errors = new ValidationErrors();
        if (input.AskRole is null || !Enum.IsDefined(input.AskRole.Value))
        {
            errors.Add(nameof(input.AskRole), "Select who you want to ask");
        }

        errors.Required(nameof(input.Question), input.Question, "Enter your question");
        errors.MaxLength(nameof(input.Question), input.Question?.Trim(), AdviceRequest.QuestionMaxLength, "Your question");
        errors.Required(nameof(input.AnonymisedSummary), input.AnonymisedSummary, "Enter a summary of the situation that does not name the child");
        errors.MaxLength(nameof(input.AnonymisedSummary), input.AnonymisedSummary?.Trim(), AdviceRequest.SummaryMaxLength, "The summary");

        var warnings = AnonymisationCheck.Warnings(input.Question).Concat(AnonymisationCheck.Warnings(input.AnonymisedSummary)).Distinct().ToList();
        if (warnings.Count > 0 && !input.ConfirmedAnonymous)
        {
            errors.Add(nameof(input.ConfirmedAnonymous),
                $"{warnings[0]}. Remove anything that could identify the child, or confirm you have checked it does not");
        }

        if (input.ReturnUrl is { Length: > 0 } url && CleanReturnUrl(url) is null)
        {
            errors.Add(nameof(input.ReturnUrl), "The link back to your sharing decision is not valid. Start again from your sharing decision");
        }

        return errors;
    }

    /// <summary>Only a path on this site: an absolute or protocol-relative address could send the practitioner elsewhere.</summary>
    public static string? CleanReturnUrl(string? url) =>
        url is { Length: > 0 and <= AdviceRequest.ReturnUrlMaxLength } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal) && !url.Any(char.IsControl)
            ? url
            : null;
}
