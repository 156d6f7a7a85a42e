namespace Tessera.Core.Validation;

/// <summary>Either the saved thing or the reasons it was not saved. Nothing is written when there are errors.</summary>
public sealed record Outcome<T>(T? Value, ValidationErrors Errors)
    where T : class
{
    public bool Succeeded => Value is not null && Errors.IsValid;

    public static Outcome<T> Success(T value) => new(value, new ValidationErrors());

    public static Outcome<T> Failure(ValidationErrors errors) => new(null, errors);
}
