using System.Text.RegularExpressions;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Sharing.Gateways;

public static partial class GatewayChangeValidator
{
    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]*$")]
    private static partial Regex CodePattern();

    public static ValidationErrors Validate(ProposeGatewayChangeInput input, GatewayRegistrySnapshot current)
    {
        var errors = new ValidationErrors();
        var code = input.Code?.Trim().ToUpperInvariant();
        if (input.Change is null)
        {
            errors.Add(nameof(input.Change), "Select whether to add, change or withdraw a gateway");
        }

        if (string.IsNullOrEmpty(code))
        {
            errors.Add(nameof(input.Code), "Enter the gateway code");
        }
        else if (code.Length > Gateway.CodeMaxLength || !CodePattern().IsMatch(code))
        {
            errors.Add(nameof(input.Code), $"Gateway code must be {Gateway.CodeMaxLength} characters or fewer, using only letters, numbers and hyphens");
        }
        else if (input.Change == GatewayChangeKind.Add && current.Find(code) is not null)
        {
            errors.Add(nameof(input.Code), "A gateway with this code is already in the registry: choose to change it instead");
        }
        else if (input.Change is GatewayChangeKind.Amend or GatewayChangeKind.Withdraw && current.Find(code) is null)
        {
            errors.Add(nameof(input.Code), "There is no gateway with this code in the registry");
        }

        if (input.Change is GatewayChangeKind.Add or GatewayChangeKind.Amend)
        {
            Required(errors, nameof(input.Title), input.Title, Gateway.TitleMaxLength, "Enter the gateway's title", "Title");
            Required(errors, nameof(input.AppliesTo), input.AppliesTo, Gateway.TextMaxLength, "Enter who the gateway applies to", "Who it applies to");
            Required(errors, nameof(input.Allows), input.Allows, Gateway.TextMaxLength, "Enter what the gateway allows or requires", "What it allows");
            if (input.Kind is null)
            {
                errors.Add(nameof(input.Kind), "Select whether the gateway is a duty, a power or a framework");
            }

            if (input.CreatesLegalObligation && input.Kind != GatewayKind.Duty)
            {
                errors.Add(nameof(input.CreatesLegalObligation), "Only a duty can create a legal obligation to share");
            }
        }

        Required(errors, nameof(input.Reason), input.Reason, GatewayChangeProposal.ReasonMaxLength, "Enter why the registry should change", "Reason");
        return errors;
    }

    private static void Required(ValidationErrors errors, string key, string? value, int max, string missing, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(key, missing);
        }
        else if (value.Trim().Length > max)
        {
            errors.Add(key, $"{label} must be {max} characters or fewer");
        }
    }
}
