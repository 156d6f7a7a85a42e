namespace Tessera.Web.Api;

/// <summary>
/// The body of POST /api/v1/children/search. A search is sent in the body, never the address, so names, dates of birth
/// and NHS numbers stay out of access logs and proxies.
/// </summary>
/// <param name="Q">A name, a date of birth or an NHS number.</param>
public sealed record ChildSearchRequest(string? Q);
