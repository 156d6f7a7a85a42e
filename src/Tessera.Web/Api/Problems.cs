using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Validation;

namespace Tessera.Web.Api;

/// <summary>RFC 9457 problem details for field errors, with the same wording the pages use.</summary>
public static class Problems
{
    public static IResult Validation(params (string Field, string Message)[] errors)
    {
        var all = new ValidationErrors();
        foreach (var (field, message) in errors)
        {
            all.Add(field, message);
        }

        return Results.Json(ValidationBody(all), statusCode: 400, contentType: "application/problem+json");
    }

    public static ValidationProblemDetails ValidationBody(ValidationErrors errors) =>
        new(errors.ToDictionary())
        {
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            Title = "Some of what you sent is not valid",
            Status = 400,
            Detail = "Nothing was saved. Correct each field listed in 'errors' and send the request again.",
        };
}
