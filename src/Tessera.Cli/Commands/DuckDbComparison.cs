using System.Diagnostics;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Tessera.Linkage;
using Tessera.Linkage.Blocking;
using Tessera.Linkage.Comparison;
using Tessera.Linkage.Model;
using Tessera.Linkage.Records;

namespace Tessera.Cli.Commands;

/// <summary>What DuckDB did with the same records, rules, comparisons and weights.</summary>
internal sealed record DuckDbFigures(double Seconds, long PairsScored, long PairsKept);

/// <summary>
/// The same blocking rules (with the same cap on block size and the same "first rule wins" de-duplication), the same
/// comparison levels (jaro_winkler_similarity, hamming for one digit) and the same weights, written as SQL on DuckDB,
/// the engine Splink runs on. Loads the standardised records with the appender; time counts loading and scoring.
/// </summary>
internal static class DuckDbComparison
{
    public static DuckDbFigures Run(RecordSet r, MatchModel model, LinkageOptions options)
    {
        var clock = Stopwatch.StartNew();
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Execute(connection, $"SET threads = {Environment.ProcessorCount}");
        Execute(connection, """
            CREATE TABLE raw (idx INTEGER, given VARCHAR, given_first VARCHAR, family VARCHAR, family_last VARCHAR, gph INTEGER, fph INTEGER,
              groups UBIGINT, dob INTEGER, sex INTEGER, postcode INTEGER, sector INTEGER, district INTEGER, address VARCHAR, town VARCHAR,
              email VARCHAR, nhs BIGINT, given_tf FLOAT, family_tf FLOAT)
            """);
        var names = r.Names.Snapshot();
        var places = r.Places.Snapshot();
        using (var appender = connection.CreateAppender("raw"))
        {
            for (var i = 0; i < r.Count; i++)
            {
                appender.CreateRow()
                    .AppendValue(i)
                    .AppendValue(names[r.Given[i]]).AppendValue(names[r.GivenFirst[i]])
                    .AppendValue(names[r.Family[i]]).AppendValue(names[r.FamilyLast[i]])
                    .AppendValue(r.GivenPhonetic[i]).AppendValue(r.FamilyPhonetic[i])
                    .AppendValue(r.GivenGroups[i])
                    .AppendValue(r.Dob[i]).AppendValue((int)r.Sex[i])
                    .AppendValue(r.Postcode[i]).AppendValue(r.Sector[i]).AppendValue(r.District[i])
                    .AppendValue(places[r.Address[i]]).AppendValue(places[r.Town[i]]).AppendValue(places[r.Email[i]])
                    .AppendValue(r.Nhs[i])
                    .AppendValue(r.Given[i] < model.GivenTermWeight.Length ? model.GivenTermWeight[r.Given[i]] : 0f)
                    .AppendValue(r.Family[i] < model.FamilyTermWeight.Length ? model.FamilyTermWeight[r.Family[i]] : 0f)
                    .EndRow();
            }
        }

        Execute(connection, RecordsSql(options));
        var sql = PairsSql(model, options);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        reader.Read();
        var scored = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
        var kept = reader.IsDBNull(1) ? 0 : Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
        return new DuckDbFigures(clock.Elapsed.TotalSeconds, scored, kept);
    }

    private static string KeyExpression(KeyPart part) => part switch
    {
        KeyPart.Nhs => "NULLIF(nhs, 0)",
        KeyPart.GivenPhonetic => "NULLIF(gph, 0)",
        KeyPart.FamilyPhonetic => "NULLIF(fph, 0)",
        KeyPart.GivenInitial => "NULLIF(left(given, 1), '')",
        KeyPart.FamilyInitial => "NULLIF(left(family, 1), '')",
        KeyPart.Dob => "NULLIF(dob, 0)",
        KeyPart.DobYearMonth => "NULLIF(dob // 100, 0)",
        KeyPart.DobYear => "NULLIF(dob // 10000, 0)",
        KeyPart.Postcode => "NULLIF(postcode, 0)",
        KeyPart.District => "NULLIF(district, 0)",
        KeyPart.Email => "NULLIF(email, '')",
        KeyPart.NameSounds => "CASE WHEN gph <> 0 AND fph <> 0 THEN least(gph, fph)::BIGINT * 4294967296 + greatest(gph, fph) END",
        KeyPart.Given => "NULLIF(given, '')",
        KeyPart.Family => "NULLIF(family, '')",
        KeyPart.Address => "NULLIF(address, '')",
        KeyPart.Town => "NULLIF(town, '')",
        _ => throw new ArgumentOutOfRangeException(nameof(part)),
    };

    private static string RecordsSql(LinkageOptions options)
    {
        var sql = new StringBuilder("CREATE TABLE recs AS SELECT *,\n  list_filter([groups & 65535, (groups >> 16) & 65535, (groups >> 32) & 65535, (groups >> 48) & 65535], x -> x <> 0) AS group_list,\n  CASE WHEN dob <> 0 THEN dob::VARCHAR END AS dob_text");
        for (var k = 0; k < options.BlockingRules.Count; k++)
        {
            var parts = options.BlockingRules[k].Parts;
            var keys = string.Join(", ", parts.Select(KeyExpression));
            var present = string.Join(" AND ", parts.Select(p => $"{KeyExpression(p)} IS NOT NULL"));
            sql.Append(CultureInfo.InvariantCulture, $",\n  {string.Join(", ", parts.Select((p, n) => $"{KeyExpression(p)} AS k{k}_{n}"))}");
            sql.Append(CultureInfo.InvariantCulture, $",\n  ({present}) AND count(*) OVER (PARTITION BY {keys}) <= {options.BlockingRules[k].MaxBlockSize ?? options.MaxBlockSize} AS ok{k}");
        }

        return sql.Append("\nFROM raw").ToString();
    }

    private static string PairsSql(MatchModel model, LinkageOptions options)
    {
        var rules = new List<string>();
        for (var k = 0; k < options.BlockingRules.Count; k++)
        {
            var parts = options.BlockingRules[k].Parts;
            var on = string.Join(" AND ", parts.Select((_, n) => $"l.k{k}_{n} = r.k{k}_{n}"));
            var earlier = Enumerable.Range(0, k).Select(j =>
                $"NOT coalesce(l.ok{j} AND {string.Join(" AND ", options.BlockingRules[j].Parts.Select((_, n) => $"l.k{j}_{n} = r.k{j}_{n}"))}, false)");
            var where = string.Join(" AND ", new[] { $"l.ok{k} AND r.ok{k}" }.Concat(earlier));
            if (options.CrossSourceOnly)
            {
                throw new NotSupportedException("The DuckDB comparison runs on deduplication only.");
            }

            rules.Add($"SELECT l.idx AS a, r.idx AS b FROM recs l JOIN recs r ON {on} AND l.idx < r.idx WHERE {where}");
        }

        string W(Field field, int level) => model.WeightTable[((int)field * Levels.LevelsPerField) + level].ToString("R", CultureInfo.InvariantCulture);
        string Case(Field field, string levelColumn) =>
            $"CASE {levelColumn} {string.Join(" ", Enumerable.Range(1, Levels.TopLevel(field)).Select(l => $"WHEN {l} THEN {W(field, l)}"))} ELSE 0 END";

        return $"""
            WITH pairs AS (
              {string.Join("\n  UNION ALL\n  ", rules)}
            ),
            cmp AS (
              SELECT p.a, p.b, l.given_tf, l.family_tf,
                CASE WHEN l.nhs = 0 OR r.nhs = 0 THEN 0 WHEN l.nhs = r.nhs THEN 2 ELSE 1 END AS nhs_l,
                CASE WHEN l.given = '' OR r.given = '' THEN 0 WHEN l.given = r.given THEN 7
                  WHEN jaro_winkler_similarity(l.given, r.given) >= 0.92 THEN 6
                  WHEN list_has_any(l.group_list, r.group_list) THEN 5
                  WHEN (l.gph <> 0 AND l.gph = r.gph) OR l.given_first = r.given_first OR jaro_winkler_similarity(l.given, r.given) >= 0.88 THEN 4
                  WHEN jaro_winkler_similarity(l.given, r.given) >= 0.70 THEN 2 ELSE 1 END AS given_l,
                CASE WHEN l.family = '' OR r.family = '' THEN 0 WHEN l.family = r.family THEN 6
                  WHEN jaro_winkler_similarity(l.family, r.family) >= 0.92 THEN 5
                  WHEN (l.fph <> 0 AND l.fph = r.fph) OR l.family_last = r.family_last OR jaro_winkler_similarity(l.family, r.family) >= 0.88 THEN 4
                  WHEN jaro_winkler_similarity(l.family, r.family) >= 0.70 THEN 2 ELSE 1 END AS family_l,
                l.given <> '' AND l.family <> '' AND r.given <> '' AND r.family <> ''
                  AND jaro_winkler_similarity(l.given, r.family) >= 0.92 AND jaro_winkler_similarity(l.family, r.given) >= 0.92 AS swapped,
                CASE WHEN l.dob = 0 OR r.dob = 0 THEN 0 WHEN l.dob = r.dob THEN 5 WHEN hamming(l.dob_text, r.dob_text) = 1 THEN 4
                  WHEN l.dob // 10000 <> r.dob // 10000 THEN 1
                  WHEN l.dob // 100 % 100 = r.dob % 100 AND l.dob % 100 = r.dob // 100 % 100 THEN 3 ELSE 2 END AS dob_l,
                CASE WHEN l.sex = 0 OR r.sex = 0 THEN 0 WHEN l.sex = r.sex THEN 2 ELSE 1 END AS sex_l,
                CASE WHEN l.postcode = 0 OR r.postcode = 0 THEN 0 WHEN l.postcode = r.postcode THEN 4 WHEN l.sector = r.sector THEN 3
                  WHEN l.district = r.district THEN 2 ELSE 1 END AS postcode_l,
                CASE WHEN l.address = '' OR r.address = '' THEN 0 WHEN l.address = r.address THEN 4
                  WHEN jaro_winkler_similarity(l.address, r.address) >= 0.92 THEN 3 WHEN jaro_winkler_similarity(l.address, r.address) >= 0.80 THEN 2 ELSE 1 END AS address_l,
                CASE WHEN l.town = '' OR r.town = '' THEN 0 WHEN l.town = r.town THEN 3 WHEN jaro_winkler_similarity(l.town, r.town) >= 0.88 THEN 2 ELSE 1 END AS town_l,
                CASE WHEN l.email = '' OR r.email = '' THEN 0 WHEN l.email = r.email THEN 3 WHEN jaro_winkler_similarity(l.email, r.email) >= 0.88 THEN 2 ELSE 1 END AS email_l
              FROM pairs p JOIN recs l ON l.idx = p.a JOIN recs r ON r.idx = p.b
            ),
            levels AS (
              SELECT *,
                CASE WHEN swapped AND given_l IN (1, 2) AND family_l IN (1, 2) THEN 3 ELSE given_l END AS g,
                CASE WHEN swapped AND given_l IN (1, 2) AND family_l IN (1, 2) THEN 3 ELSE family_l END AS f
              FROM cmp
            ),
            scored AS (
              SELECT {model.PriorWeight.ToString("R", CultureInfo.InvariantCulture)}
                + {Case(Field.Nhs, "nhs_l")} + {Case(Field.Given, "g")} + {Case(Field.Family, "f")} + {Case(Field.Dob, "dob_l")}
                + {Case(Field.Sex, "sex_l")} + {Case(Field.Email, "email_l")}
                + CASE WHEN greatest({Case(Field.Postcode, "postcode_l")}, {Case(Field.Address, "address_l")}, {Case(Field.Town, "town_l")}) > 0
                    THEN greatest({Case(Field.Postcode, "postcode_l")}, {Case(Field.Address, "address_l")}, {Case(Field.Town, "town_l")})
                    ELSE {Case(Field.Postcode, "postcode_l")} + {Case(Field.Address, "address_l")} + {Case(Field.Town, "town_l")} END
                + CASE WHEN g = 7 THEN given_tf ELSE 0 END + CASE WHEN f = 6 THEN family_tf ELSE 0 END AS weight
              FROM levels
            )
            SELECT count(*)::BIGINT AS scored, count(*) FILTER (WHERE weight >= {options.ReviewWeight.ToString("R", CultureInfo.InvariantCulture)})::BIGINT AS kept FROM scored
            """;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
