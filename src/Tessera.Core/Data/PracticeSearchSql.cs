namespace Tessera.Core.Data;

/// <summary>
/// Hand-written full-text search for the good-practice library, run from the Practice migration: EF Core cannot model
/// an FTS5 virtual table or a generated tsvector column. SQLite keeps an FTS5 table in step with triggers; PostgreSQL
/// keeps a stored generated tsvector column with a GIN index. Title counts most, then tags and summary, then what worked.
/// A SQLite table rebuild by a later migration drops the triggers: call <see cref="Sqlite"/> again after one.
/// </summary>
public static class PracticeSearchSql
{
    private const string FtsColumns = "example_id, title, tags, summary, what_worked";
    private const string NewRow = "new.\"Id\", new.\"Title\", replace(new.\"Tags\", '|', ' '), new.\"Summary\", new.\"WhatWorked\"";

    public static IEnumerable<string> Sqlite() =>
    [
        "CREATE VIRTUAL TABLE practice_examples_fts USING fts5(example_id UNINDEXED, title, tags, summary, what_worked, tokenize = 'porter unicode61 remove_diacritics 2');",
        $"CREATE TRIGGER practice_examples_fts_insert AFTER INSERT ON practice_examples BEGIN INSERT INTO practice_examples_fts ({FtsColumns}) VALUES ({NewRow}); END;",
        $"CREATE TRIGGER practice_examples_fts_update AFTER UPDATE OF \"Title\", \"Tags\", \"Summary\", \"WhatWorked\" ON practice_examples BEGIN DELETE FROM practice_examples_fts WHERE example_id = old.\"Id\"; INSERT INTO practice_examples_fts ({FtsColumns}) VALUES ({NewRow}); END;",
        "CREATE TRIGGER practice_examples_fts_delete AFTER DELETE ON practice_examples BEGIN DELETE FROM practice_examples_fts WHERE example_id = old.\"Id\"; END;",
        $"INSERT INTO practice_examples_fts ({FtsColumns}) SELECT \"Id\", \"Title\", replace(\"Tags\", '|', ' '), \"Summary\", \"WhatWorked\" FROM practice_examples;",
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
        SELECT e."Id" AS "Id", bm25(practice_examples_fts, 0.0, 10.0, 5.0, 3.0, 1.0) AS "Rank"
        FROM practice_examples_fts JOIN practice_examples e ON e."Id" = practice_examples_fts.example_id
        WHERE practice_examples_fts MATCH @query AND e."Status" = 2
          AND (@theme = 0 OR (e."Themes" & @theme) <> 0)
          AND (@tag = '' OR instr(e."Tags", @tag) > 0)
          AND (@agency = '' OR instr(e."AgencyTypes", @agency) > 0)
        ORDER BY "Rank", e."PublishedAt" DESC
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
