using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Core.Modules.Training.Contracts;
using Tessera.Core.Modules.Training.Events;
using Tessera.Core.Modules.Training.Models;
using Tessera.Core.Processes;
using Tessera.Core.Validation;

namespace Tessera.Core.Modules.Training.Services;

/// <summary>
/// Imports completion records from a CSV file with the columns email, course_code, completed_on, evidence. Every
/// problem row is reported with its row number and reason; the valid rows are saved together in one transaction, so
/// an import is never half-done.
/// </summary>
public sealed class CompletionImport(TesseraDbContext db, TrainingRecords records)
{
    public static readonly string[] Columns = ["email", "course_code", "completed_on", "evidence"];
    public const int MaxRows = 5000;

    public async Task<CompletionImportReport> ImportAsync(string csv, ProcessContext process, CancellationToken cancellationToken = default)
    {
        var actorId = process.Actor.Id ?? throw new NotPermittedException("Only a practitioner can import training records.");
        var roles = await records.RolesOfAsync(actorId, cancellationToken);
        var administrator = roles.HasFlag(PractitionerRoles.PartnershipAdministrator);
        if (!administrator && !roles.HasFlag(PractitionerRoles.DesignatedSafeguardingLead))
        {
            throw new NotPermittedException("Only a designated safeguarding lead or a partnership administrator can import training records.");
        }

        var rows = CsvReader.Read(csv.TrimStart('\uFEFF')).ToList();
        if (rows.Count == 0)
        {
            return CompletionImportReport.Refused("The file is empty");
        }

        var header = rows[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        if (!header.SequenceEqual(Columns))
        {
            return CompletionImportReport.Refused($"The columns must be {string.Join(", ", Columns)} in that order; the file has {string.Join(", ", header)}");
        }

        if (rows.Count - 1 > MaxRows)
        {
            return CompletionImportReport.Refused($"The file has {rows.Count - 1} rows; import at most {MaxRows} at a time");
        }

        var emails = rows.Skip(1).Where(r => r.Fields.Count == Columns.Length).Select(r => r.Fields[0].Trim().ToUpperInvariant()).Distinct().ToList();
        var practitioners = await db.Users.AsNoTracking()
            .Where(p => emails.Contains(p.NormalizedEmail!) && (administrator || p.AgencyId == process.Actor.AgencyId))
            .Select(p => new { p.Id, p.NormalizedEmail }).ToDictionaryAsync(p => p.NormalizedEmail!, p => p.Id, cancellationToken);
        var courses = await db.TrainingCourses.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var ids = practitioners.Values.ToList();
        var existing = (await db.TrainingCompletions.AsNoTracking().Where(c => ids.Contains(c.PractitionerId))
            .Select(c => new { c.PractitionerId, c.CourseId, c.CompletedOn }).ToListAsync(cancellationToken))
            .Select(c => (c.PractitionerId, c.CourseId, c.CompletedOn)).ToHashSet();

        var today = DateOnly.FromDateTime(process.Now.UtcDateTime);
        var problems = new List<ImportProblem>();
        var seen = new Dictionary<(Guid, Guid, DateOnly), int>();
        var valid = new List<(Guid Practitioner, Guid Course, DateOnly On, string Evidence)>();
        foreach (var (row, fields) in rows.Skip(1))
        {
            var reason = Check(fields, practitioners, courses, today, administrator, out var parsed);
            if (reason is null)
            {
                var key = (parsed.Practitioner, parsed.Course, parsed.On);
                reason = seen.TryGetValue(key, out var first) ? $"Duplicate of row {first}"
                    : existing.Contains(key) ? "This completion is already recorded"
                    : null;
                seen.TryAdd(key, row);
            }

            if (reason is null)
            {
                valid.Add(parsed);
            }
            else
            {
                problems.Add(new ImportProblem(row, reason));
            }
        }

        if (valid.Count > 0)
        {
            foreach (var (practitioner, course, on, evidence) in valid)
            {
                records.Add(process, practitioner, course, on, evidence, CompletionSource.Imported);
            }

            process.Publish(new TrainingCompletionsImported(process.Process.Id, valid.Count, problems.Count));
            await process.CompleteAsync(db, cancellationToken);
        }

        return new CompletionImportReport(valid.Count, problems);
    }

    private static string? Check(IReadOnlyList<string> fields, Dictionary<string, Guid> practitioners, Dictionary<string, Guid> courses, DateOnly today, bool administrator,
        out (Guid Practitioner, Guid Course, DateOnly On, string Evidence) parsed)
    {
        parsed = default;
        if (fields.Count != Columns.Length)
        {
            return $"The row has {fields.Count} values; it needs {Columns.Length}: {string.Join(", ", Columns)}";
        }

        var email = fields[0].Trim();
        if (!practitioners.TryGetValue(email.ToUpperInvariant(), out var practitioner))
        {
            return administrator ? $"No practitioner has the email address {email}" : $"No practitioner in your agency has the email address {email}";
        }

        if (!courses.TryGetValue(fields[1].Trim(), out var course))
        {
            return $"There is no course with the code {fields[1].Trim()}";
        }

        if (!DateOnly.TryParseExact(fields[2].Trim(), ["yyyy-MM-dd", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var on))
        {
            return "The completion date must be a real date, like 2026-03-31";
        }

        if (on > today)
        {
            return "The completion date is in the future";
        }

        var evidence = fields[3].Trim();
        if (evidence.Length == 0)
        {
            return "Enter the evidence, such as a certificate number";
        }

        if (evidence.Length > TrainingCompletion.EvidenceMaxLength)
        {
            return $"The evidence must be {TrainingCompletion.EvidenceMaxLength} characters or fewer";
        }

        parsed = (practitioner, course, on, evidence);
        return null;
    }
}
