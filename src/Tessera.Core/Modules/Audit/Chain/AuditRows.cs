using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Tessera.Core.Modules.Audit.Models;
using Tessera.Core.Processes;

namespace Tessera.Core.Modules.Audit.Chain;

/// <summary>
/// Reads audit rows with plain SQL and a data reader: the sealer and the verifier stream up to millions of rows, and
/// must hash exactly what the database holds (SQLite keeps times as EF's packed integer, PostgreSQL as timestamptz).
/// </summary>
internal static class AuditRows
{
    public const int EntryColumnCount = 12;

    private static readonly Func<long, DateTimeOffset> FromSqliteTime =
        new DateTimeOffsetToBinaryConverter().ConvertFromProviderExpression.Compile();

    /// <summary>The entry's columns, in the order <see cref="ReadEntry"/> expects, prefixed by a table alias.</summary>
    public static string EntryColumns(string alias) =>
        string.Join(", ", new[] { "Id", "At", "Action", "ActorKind", "ActorId", "ActorAgencyId", "SubjectType", "SubjectId", "ChildRecordId", "EmergencyAccessId", "ProcessId", "Detail" }
            .Select(c => $"{alias}.\"{c}\""));

    public static AuditEntry ReadEntry(DbDataReader reader, int first, bool sqlite) => new()
    {
        Id = reader.GetInt64(first),
        At = sqlite ? FromSqliteTime(reader.GetInt64(first + 1)) : reader.GetFieldValue<DateTimeOffset>(first + 1),
        Action = (AuditAction)reader.GetInt32(first + 2),
        ActorKind = (ActorKind)reader.GetInt32(first + 3),
        ActorId = Guid(reader, first + 4),
        ActorAgencyId = Guid(reader, first + 5),
        SubjectType = Text(reader, first + 6),
        SubjectId = Guid(reader, first + 7),
        ChildRecordId = Guid(reader, first + 8),
        EmergencyAccessId = Guid(reader, first + 9),
        ProcessId = Guid(reader, first + 10),
        Detail = Text(reader, first + 11),
    };

    public static DateTimeOffset ReadTime(DbDataReader reader, int ordinal, bool sqlite) =>
        sqlite ? FromSqliteTime(reader.GetInt64(ordinal)) : reader.GetFieldValue<DateTimeOffset>(ordinal);

    private static Guid? Guid(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetGuid(ordinal);

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DbParameter Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
