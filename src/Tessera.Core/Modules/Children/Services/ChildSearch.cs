using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Children.Contracts;
using Tessera.Core.Modules.Children.Identifiers;
using Tessera.Core.Modules.Children.Models;

namespace Tessera.Core.Modules.Children.Services;

/// <summary>
/// Searches one agency's own records from a single box: an NHS number, a date of birth, or names.
/// Names match the start of first and last names and of any alias, so "Jo Smi" finds Joanne Smith.
/// </summary>
public sealed class ChildSearch(TesseraDbContext db)
{
    public const int MaxResults = 50;

    private static readonly string[] DateFormats = ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-M-d", "d M yyyy", "d MMM yyyy", "d MMMM yyyy"];

    public static ChildSearchQuery Interpret(string text)
    {
        var trimmed = text.Trim();
        var compactDigits = NhsNumber.Normalise(trimmed);
        if (compactDigits.Length == 10 && compactDigits.All(char.IsAsciiDigit))
        {
            return new ChildSearchQuery("nhs", compactDigits);
        }

        if (DateOnly.TryParseExact(trimmed, DateFormats, CultureInfo.GetCultureInfo("en-GB"), DateTimeStyles.None, out var date))
        {
            return new ChildSearchQuery("dob", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return new ChildSearchQuery("name", trimmed);
    }

    public async Task<IReadOnlyList<ChildSearchResult>> SearchAsync(Guid agencyId, string text, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var query = Interpret(text);
        var records = db.ChildRecords.AsNoTracking().Where(c => c.AgencyId == agencyId);
        switch (query.Kind)
        {
            case "nhs":
                records = records.Where(c => c.NhsNumber == query.Text);
                break;
            case "dob":
                var dob = DateOnly.ParseExact(query.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                records = records.Where(c => c.DateOfBirth == dob);
                break;
            default:
                return await SearchByNameAsync(agencyId, query.Text, cancellationToken);
        }

        return await records
            .OrderBy(c => c.FamilyNameSearch).ThenBy(c => c.GivenNameSearch)
            .Take(MaxResults)
            .Select(c => new ChildSearchResult(c.Id, c.GivenName, c.FamilyName, c.DateOfBirth, c.NhsNumber, c.Postcode, c.AgencyReference, null))
            .ToListAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<ChildSearchResult>> SearchByNameAsync(Guid agencyId, string text, CancellationToken cancellationToken)
    {
        var terms = text.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (terms.Length == 0)
        {
            return [];
        }

        var byName = NamesStartingWith(db.ChildRecords.AsNoTracking(), agencyId, terms)
            .OrderBy(c => c.FamilyNameSearch).ThenBy(c => c.GivenNameSearch)
            .Take(MaxResults)
            .Select(c => new ChildSearchResult(c.Id, c.GivenName, c.FamilyName, c.DateOfBirth, c.NhsNumber, c.Postcode, c.AgencyReference, null));

        var byAlias = NamesStartingWith(db.ChildAliases.AsNoTracking(), agencyId, terms)
            .Join(db.ChildRecords, a => a.ChildRecordId, c => c.Id, (a, c) => new { a, c })
            .OrderBy(x => x.a.FamilyNameSearch).ThenBy(x => x.a.GivenNameSearch)
            .Take(MaxResults)
            .Select(x => new ChildSearchResult(x.c.Id, x.c.GivenName, x.c.FamilyName, x.c.DateOfBirth, x.c.NhsNumber, x.c.Postcode, x.c.AgencyReference, x.a.GivenName + " " + x.a.FamilyName));

        var results = await byName.ToListAsync(cancellationToken);
        var aliasResults = await byAlias.ToListAsync(cancellationToken);
        foreach (var alias in aliasResults.Where(a => results.All(r => r.Id != a.Id)))
        {
            results.Add(alias);
        }

        return results.Take(MaxResults).ToList();
    }

    /// <summary>
    /// One term: either name may start with it. Two or more: the first is the first name, the last is the last name.
    /// Prefixes become ranges (>= "SMI" and < "SMJ") so both databases can use their indexes.
    /// </summary>
    private static IQueryable<T> NamesStartingWith<T>(IQueryable<T> rows, Guid agencyId, string[] terms)
        where T : class, ISearchableName
    {
        var (firstFrom, firstTo) = PrefixRange(terms[0]);
        var (lastFrom, lastTo) = PrefixRange(terms[^1]);
        rows = rows.Where(r => r.AgencyId == agencyId);
        return terms.Length == 1
            ? rows.Where(r => (string.Compare(r.FamilyNameSearch, lastFrom) >= 0 && string.Compare(r.FamilyNameSearch, lastTo) < 0)
                || (string.Compare(r.GivenNameSearch, firstFrom) >= 0 && string.Compare(r.GivenNameSearch, firstTo) < 0))
            : rows.Where(r => string.Compare(r.FamilyNameSearch, lastFrom) >= 0 && string.Compare(r.FamilyNameSearch, lastTo) < 0
                && string.Compare(r.GivenNameSearch, firstFrom) >= 0 && string.Compare(r.GivenNameSearch, firstTo) < 0);
    }

    /// <summary>The half-open range of strings that start with the prefix, in ordinal order.</summary>
    internal static (string From, string To) PrefixRange(string prefix) =>
        (prefix, prefix[..^1] + (char)(prefix[^1] + 1));
}
