namespace Tessera.Core.Validation;

/// <summary>
/// Field-level problems with an input, in the order found. Pages show them in a GOV.UK error summary and the API
/// lists them in problem details, so the wording is written once, here, for a practitioner to read.
/// </summary>
public sealed class ValidationErrors
{
    private readonly List<KeyValuePair<string, string>> _errors = [];

    public bool IsValid => _errors.Count == 0;

    public IReadOnlyList<KeyValuePair<string, string>> All => _errors;

    public void Add(string field, string message)
    {
        if (!_errors.Any(e => e.Key == field))
        {
            _errors.Add(new(field, message));
        }
    }

    public bool Has(string field) => _errors.Any(e => e.Key == field);

    public string? For(string field) => _errors.FirstOrDefault(e => e.Key == field).Value;

    public void Required(string field, string? value, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, message);
        }
    }

    public void MaxLength(string field, string? value, int max, string label)
    {
        if (value is not null && value.Length > max)
        {
            Add(field, $"{label} must be {max:N0} characters or fewer");
        }
    }

    /// <summary>A copy with one field renamed, for pages whose form field differs from the service's input name.</summary>
    public ValidationErrors Renamed(string from, string to)
    {
        var renamed = new ValidationErrors();
        foreach (var error in _errors)
        {
            renamed.Add(error.Key == from ? to : error.Key, error.Value);
        }

        return renamed;
    }

    public Dictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => new[] { e.Value });
}
