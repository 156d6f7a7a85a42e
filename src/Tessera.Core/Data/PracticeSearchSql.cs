namespace Tessera.Core.Data;

/// <summary>
/// Hand-written full-text search for the good-practice library, run from the Practice migration: EF Core cannot model
/// an FTS5 virtual table or a generated tsvector column. SQLite keeps an FTS5 table in step with triggers; PostgreSQL
/// keeps a stored generated tsvector column with a GIN index. Title counts most, then tags and summary, then what worked.
/// A SQLite table rebuild by a later migration drops the triggers: call <see cref="Sqlite"/> again after one.
/// </summary>
public static class PracticeSearchSql
{
    private const string FtsColumns = "example_id, themes, agency_types, tags_raw, title, tags, summary, what_worked";
    private const string NewRow = "new.\"Id\", new.\"Themes\", new.\"AgencyTypes\", new.\"Tags\", new.\"Title\", replace(new.\"Tags\", '|', ' '), new.\"Summary\", new.\"WhatWorked\"";
    private const string Published = "2";

    /// <summary>
    /// The FTS5 table holds only published examples, with the filter columns beside the text (unindexed), so a search
    /// never joins back to practice_examples: FTS5 ranks and limits on its own. Rows are found by example_id on update,
    /// not by rowid, because VACUUM may renumber the rowids of a table whose key is not an INTEGER PRIMARY KEY.
    /// </summary>
    public static IEnumerable<string> Sqlite() =>
    [
        "CREATE VIRTUAL TABLE practice_examples_fts USING fts5(example_id UNINDEXED, themes UNINDEXED, agency_types UNINDEXED, tags_raw UNINDEXED, title, tags, summary, what_worked, tokenize = 'porter unicode61 remove_diacritics 2', prefix = '3');",
        // Title counts most, then tags and summary, then what worked (bm25 weights, one per column).
        "INSERT INTO practice_examples_fts (practice_examples_fts, rank) VALUES ('rank', 'bm25(0.0, 0.0, 0.0, 0.0, 10.0, 5.0, 3.0, 1.0)');",
        $"CREATE TRIGGER practice_examples_fts_insert AFTER INSERT ON practice_examples WHEN new.\"Status\" = {Published} BEGIN INSERT INTO practice_examples_fts ({FtsColumns}) VALUES ({NewRow}); END;",
        $"CREATE TRIGGER practice_examples_fts_update AFTER UPDATE OF \"Title\", \"Tags\", \"Summary\", \"WhatWorked\", \"Themes\", \"AgencyTypes\", \"Status\" ON practice_examples BEGIN DELETE FROM practice_examples_fts WHERE example_id = old.\"Id\"; INSERT INTO practice_examples_fts ({FtsColumns}) SELECT {NewRow} WHERE new.\"Status\" = {Published}; END;",
        "CREATE TRIGGER practice_examples_fts_delete AFTER DELETE ON practice_examples BEGIN DELETE FROM practice_examples_fts WHERE example_id = old.\"Id\"; END;",
        $"INSERT INTO practice_examples_fts ({FtsColumns}) SELECT \"Id\", \"Themes\", \"AgencyTypes\", \"Tags\", \"Title\", replace(\"Tags\", '|', ' '), \"Summary\", \"WhatWorked\" FROM practice_examples WHERE \"Status\" = {Published};",
    ];

    public static IEnumerable<string> DropSqlite() =>
    [
        "DROP TRIGGER IF EXISTS practice_examples_fts_insert;",
        "DROP TRIGGER IF EXISTS practice_examples_fts_update;",
        "DROP TRIGGER IF EXISTS practice_examples_fts_delete;",
        "DROP TABLE IF EXISTS practice_examples_fts;",
    ];

    public static IEnumerable<string> Postgres() =>
    [
        """
        ALTER TABLE practice_examples ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('english', coalesce("Title", '')), 'A') ||
            setweight(to_tsvector('english', replace(coalesce("Tags", ''), '|', ' ')), 'B') ||
            setweight(to_tsvector('english', coalesce("Summary", '')), 'B') ||
            setweight(to_tsvector('english', coalesce("WhatWorked", '')), 'C')) STORED;
        """,
        "CREATE INDEX \"IX_practice_examples_SearchVector\" ON practice_examples USING GIN (\"SearchVector\");",
    ];

    public static IEnumerable<string> DropPostgres() =>
    [
        "DROP INDEX IF EXISTS \"IX_practice_examples_SearchVector\";",
        "ALTER TABLE practice_examples DROP COLUMN IF EXISTS \"SearchVector\";",
    ];

    /// <summary>Ranked ids of published examples matching an FTS5 query built by PracticeSearchText (bm25: lower is better).</summary>
    internal const string SqliteSearch = """
        SELECT example_id AS "Id", rank AS "Rank"
        FROM practice_examples_fts
        WHERE practice_examples_fts MATCH @query
          AND (@theme = 0 OR (themes & @theme) <> 0)
          AND (@tag = '' OR instr(tags_raw, @tag) > 0)
          AND (@agency = '' OR instr(agency_types, @agency) > 0)
        ORDER BY rank
        LIMIT @limit
        """;

    /// <summary>Ranked ids of published examples matching a to_tsquery built by PracticeSearchText (higher is better).</summary>
    internal const string PostgresSearch = """
        SELECT e."Id" AS "Id", -ts_rank_cd(e."SearchVector", q)::double precision AS "Rank"
        FROM practice_examples e, to_tsquery('english', @query) q
        WHERE e."SearchVector" @@ q AND e."Status" = 2
          AND (@theme = 0 OR (e."Themes" & @theme) <> 0)
          AND (@tag = '' OR strpos(e."Tags", @tag) > 0)
          AND (@agency = '' OR strpos(e."AgencyTypes", @agency) > 0)
        ORDER BY "Rank", e."PublishedAt" DESC
        LIMIT @limit
        """;
}
