using System.Text;
using Tessera.Linkage.Records;
using Tessera.Linkage.Standardisation;

namespace Tessera.Linkage.Input;

/// <summary>A problem with one row: its line number, and whether the row was skipped or kept with the field treated as missing.</summary>
public sealed record RowProblem(int Line, string Reason, bool Skipped);

/// <summary>How the truth is given: none, a column of cluster labels, or FEBRL's rec-N-org / rec-N-dup-k ids.</summary>
public enum TruthSource
{
    None,
    Column,
    Febrl,
}

/// <summary>The valid records of a file, their true cluster labels when truth was asked for, and every problem found.</summary>
public sealed record CsvReadResult(IReadOnlyList<PersonRecord> Records, IReadOnlyList<string>? TruthLabels, IReadOnlyList<RowProblem> Problems);

/// <summary>A file that cannot be read at all (no header, a mapped column missing): one line for the user.</summary>
public sealed class CsvInputException(string message) : Exception(message);

/// <summary>
/// Reads people from a CSV file (RFC 4180 quoting; fields trimmed) through a <see cref="ColumnMap"/>. A bad row never
/// stops the run: it is reported with its line number and the rest is read.
/// </summary>
public static class CsvInput
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static CsvReadResult Read(string path, ColumnMap map, TruthSource truth = TruthSource.None, string? truthColumn = null)
    {
        if (!File.Exists(path))
        {
            throw new CsvInputException($"file '{path}' does not exist");
        }

        return Read(File.ReadAllBytes(path), map, truth, truthColumn);
    }

    public static CsvReadResult Read(byte[] bytes, ColumnMap map, TruthSource truth = TruthSource.None, string? truthColumn = null)
    {
        var lines = SplitLines(bytes);
        if (lines.Count == 0)
        {
            throw new CsvInputException("the file is empty: it needs a header row");
        }

        var problems = new List<RowProblem>();
        if (!TryDecode(lines[0], out var headerText))
        {
            throw new CsvInputException("the header row is not UTF-8 text; save the file as UTF-8");
        }

        if (!TryParseFields(headerText.TrimStart('\uFEFF'), out var header))
        {
            throw new CsvInputException("the header row has an unclosed quote");
        }

        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var c = 0; c < header.Count; c++)
        {
            index.TryAdd(header[c], c);
        }

        var columns = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (key, names) in map.Columns)
        {
            columns[key] = [.. names.Select(name => index.TryGetValue(name, out var c) ? c : throw new CsvInputException($"column '{name}' (for {key}) is not in the header; the header has {string.Join(", ", header)}"))];
        }

        var truthIndex = -1;
        if (truth == TruthSource.Column)
        {
            truthIndex = truthColumn is not null && index.TryGetValue(truthColumn, out var t) ? t
                : throw new CsvInputException($"truth column '{truthColumn}' is not in the header");
        }

        var records = new List<PersonRecord>(lines.Count);
        var labels = truth == TruthSource.None ? null : new List<string>(lines.Count);
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        for (var l = 1; l < lines.Count; l++)
        {
            var lineNumber = l + 1;
            if (lines[l].Count == 0 || (lines[l].Count == 1 && lines[l][0] == '\r'))
            {
                continue;
            }

            if (!TryDecode(lines[l], out var text))
            {
                problems.Add(new RowProblem(lineNumber, "not valid UTF-8 text (wrong encoding?)", true));
                continue;
            }

            if (!TryParseFields(text, out var fields))
            {
                problems.Add(new RowProblem(lineNumber, "a quoted field is not closed", true));
                continue;
            }

            if (fields.Count != header.Count)
            {
                problems.Add(new RowProblem(lineNumber, $"has {fields.Count} fields but the header has {header.Count} (an unquoted comma?)", true));
                continue;
            }

            string? Get(string key) => columns.TryGetValue(key, out var cs) ? string.Join(' ', cs.Select(c => fields[c]).Where(v => v.Length > 0)) : null;

            var id = Get("id") ?? "";
            if (id.Length == 0)
            {
                problems.Add(new RowProblem(lineNumber, "the id is blank", true));
                continue;
            }

            if (!seenIds.Add(id))
            {
                problems.Add(new RowProblem(lineNumber, $"id '{id}' appears more than once", true));
                continue;
            }

            string? label = null;
            if (truth == TruthSource.Febrl)
            {
                label = FebrlEntity(id);
                if (label is null)
                {
                    problems.Add(new RowProblem(lineNumber, $"id '{id}' is not in FEBRL form rec-N-org or rec-N-dup-K", true));
                    continue;
                }
            }
            else if (truth == TruthSource.Column)
            {
                label = fields[truthIndex];
                if (label.Length == 0)
                {
                    problems.Add(new RowProblem(lineNumber, "the truth column is blank", true));
                    continue;
                }
            }

            var dob = Get("dob");
            if (!string.IsNullOrWhiteSpace(dob))
            {
                DateOfBirth.Parse(dob, out var validDate);
                if (!validDate)
                {
                    problems.Add(new RowProblem(lineNumber, $"date of birth '{dob}' is not a real date (treated as missing)", false));
                    dob = null;
                }
            }

            var nhs = Get("nhs");
            if (NhsNumber.LooksLikeButFails(nhs))
            {
                problems.Add(new RowProblem(lineNumber, "NHS number fails the modulus-11 check (treated as missing)", false));
                nhs = null;
            }

            records.Add(new PersonRecord
            {
                Id = id,
                Given = Get("given"),
                Family = Get("family"),
                DateOfBirth = dob,
                Sex = Get("sex"),
                Postcode = Get("postcode"),
                Address = Get("address"),
                Town = Get("town"),
                NhsNumber = nhs,
                Email = Get("email"),
            });
            labels?.Add(label!);
        }

        return new CsvReadResult(records, labels, problems);
    }

    /// <summary>The person number in a FEBRL id ("rec-12-dup-0" → "12"), or null.</summary>
    public static string? FebrlEntity(string id)
    {
        var parts = id.Split('-');
        return parts.Length >= 3 && parts[0] == "rec" && parts[1].Length > 0 && parts[1].All(char.IsAsciiDigit) && (parts[2] == "org" || parts[2] == "dup") ? parts[1] : null;
    }

    private static List<List<byte>> SplitLines(byte[] bytes)
    {
        var lines = new List<List<byte>>();
        var current = new List<byte>();
        var inQuotes = false;
        foreach (var b in bytes)
        {
            if (b == (byte)'"')
            {
                inQuotes = !inQuotes;
            }

            if (b == (byte)'\n' && !inQuotes)
            {
                lines.Add(current);
                current = [];
                continue;
            }

            current.Add(b);
        }

        if (current.Count > 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    private static bool TryDecode(List<byte> line, out string text)
    {
        try
        {
            text = StrictUtf8.GetString([.. line]).TrimEnd('\r');
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    private static bool TryParseFields(string line, out List<string> fields)
    {
        fields = [];
        var field = new StringBuilder();
        var inQuotes = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.ToString().Trim().Length == 0)
            {
                field.Clear();
                inQuotes = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString().Trim());
        return !inQuotes;
    }
}
