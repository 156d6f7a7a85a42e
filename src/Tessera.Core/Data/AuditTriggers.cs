namespace Tessera.Core.Data;

/// <summary>
/// Database triggers that refuse to change or remove audit rows, so the append-only rule holds even for someone with a
/// SQL prompt who does not know to drop them first. The hash chain and signed checkpoints catch anyone who does.
/// </summary>
public static class AuditTriggers
{
    private static readonly string[] Tables = ["audit_entries", "audit_seals", "audit_checkpoints"];

    public static IEnumerable<string> Sqlite() => Tables.SelectMany(table => new[]
    {
        $"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END;",
        $"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END;",
    });

    public static IEnumerable<string> Postgres() =>
        new[]
        {
            "CREATE FUNCTION tessera_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'The audit log is append-only (% on %).', TG_OP, TG_TABLE_NAME; END $$;",
        }.Concat(Tables.SelectMany(table => new[]
        {
            $"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION tessera_audit_append_only();",
            $"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION tessera_audit_append_only();",
        }));

    public static IEnumerable<string> DropSqlite() =>
        Tables.SelectMany(table => new[] { $"DROP TRIGGER IF EXISTS {table}_no_update;", $"DROP TRIGGER IF EXISTS {table}_no_delete;" });

    public static IEnumerable<string> DropPostgres() =>
        Tables.SelectMany(table => new[] { $"DROP TRIGGER IF EXISTS {table}_no_change ON {table};", $"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table};" })
            .Append("DROP FUNCTION IF EXISTS tessera_audit_append_only();");
}
