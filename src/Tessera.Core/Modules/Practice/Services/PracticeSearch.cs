using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tessera.Core.Data;
using Tessera.Core.Modules.Practice.Contracts;
using Tessera.Core.Modules.Practice.Models;

namespace Tessera.Core.Modules.Practice.Services;

/// <summary>
/// Searches published examples: ranked full-text search (FTS5 bm25 on SQLite, ts_rank_cd on PostgreSQL; see
/// <see cref="PracticeSearchSql"/>) when there are words to search for, newest first otherwise; filters by theme, tag
/// and agency type either way. Any text is safe: <see cref="PracticeSearchText"/> keeps only words.
/// </summary>
public sealed class PracticeSearch(TesseraDbContext db)
{
    public const int MaxLimit = 100;

    public async Task<IReadOnlyList<PracticeSearchHit>> SearchAsync(PracticeSearchQuery query, CancellationToken cancellationToken = default)
    {
        var limit = Math.Clamp(query.Limit, 1, MaxLimit);
        var tag = NormaliseTag(query.Tag);
        var agency = query.AgencyType is { } type ? $"|{type}|" : "";
        var terms = PracticeSearchText.Terms(query.Text);
        if (terms.Count == 0)
        {
            var examples = db.PracticeExamples.AsNoTracking().Where(e => e.Status == PracticeExampleStatus.Published);
            if (query.Theme != PracticeThemes.None)
            {
                examples = examples.Where(e => (e.Themes & query.Theme) != 0);
            }

            if (tag.Length > 0)
            {
                examples = examples.Where(e => e.Tags.Contains(tag));
            }

            if (agency.Length > 0)
            {
                examples = examples.Where(e => e.AgencyTypes.Contains(agency));
            }

            return await examples.OrderByDescending(e => e.PublishedAt).Take(limit).Select(Hit).ToListAsync(cancellationToken);
        }

        var ranked = await RankedAsync(terms, query.Theme, tag, agency, limit, cancellationToken);
        var ids = ranked.Select(r => r.Id).ToList();
        var hits = await db.PracticeExamples.AsNoTracking().Where(e => ids.Contains(e.Id) && e.Status == PracticeExampleStatus.Published)
            .Select(Hit).ToDictionaryAsync(h => h.Id, cancellationToken);
        return ids.Where(hits.ContainsKey).Select(id => hits[id]).ToList();
    }

    private static readonly System.Linq.Expressions.Expression<Func<PracticeExample, PracticeSearchHit>> Hit =
        e => new PracticeSearchHit(e.Id, e.Title, e.Summary, e.Themes, e.Tags, e.AgencyTypes, e.HelpfulCount, e.PublishedAt);

    private static string NormaliseTag(string? tag) =>
        string.IsNullOrWhiteSpace(tag) ? "" : $"|{string.Join(' ', tag.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))}|";

    private async Task<List<RankedExample>> RankedAsync(IReadOnlyList<string> terms, PracticeThemes theme, string tag, string agency, int limit, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            return await db.Database.SqlQueryRaw<RankedExample>(PracticeSearchSql.PostgresSearch,
                new NpgsqlParameter("query", PracticeSearchText.TsQuery(terms)),
                new NpgsqlParameter("theme", (int)theme),
                new NpgsqlParameter("tag", tag),
                new NpgsqlParameter("agency", agency),
                new NpgsqlParameter("limit", limit)).ToListAsync(cancellationToken);
        }

        return await db.Database.SqlQueryRaw<RankedExample>(PracticeSearchSql.SqliteSearch,
            new SqliteParameter("@query", PracticeSearchText.Fts5(terms)),
            new SqliteParameter("@theme", (int)theme),
            new SqliteParameter("@tag", tag),
            new SqliteParameter("@agency", agency),
            new SqliteParameter("@limit", limit)).ToListAsync(cancellationToken);
    }

    private sealed record RankedExample(Guid Id, double Rank);
}
