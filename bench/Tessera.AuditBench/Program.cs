using Tessera.AuditBench;
using Tessera.Core.Data;

// Tessera.AuditBench writes  --database <sqlite:path|postgres:conn> [--writers 32] [--seconds 15] [--workload concern|read] [--group-commit yes|no]
// Tessera.AuditBench million --database <...> --entries 1000000 --key <private key file to write>
if (args.Length < 1 || args[0] is not ("writes" or "million"))
{
    await Console.Error.WriteLineAsync("usage: Tessera.AuditBench writes|million --database <sqlite:path|postgres:connection> [options]");
    return 2;
}

var options = new Dictionary<string, string>();
for (var i = 1; i + 1 < args.Length; i += 2)
{
    options[args[i].TrimStart('-')] = args[i + 1];
}

var database = DatabaseSettings.FromCliArgument(options["database"]);
if (args[0] == "writes")
{
    await AuditedWrites.RunAsync(database, int.Parse(options.GetValueOrDefault("writers", "32")), int.Parse(options.GetValueOrDefault("seconds", "15")),
        options.GetValueOrDefault("workload", "concern"), options.GetValueOrDefault("group-commit", "no") == "yes");
}
else
{
    await MillionEntries.RunAsync(database, int.Parse(options.GetValueOrDefault("entries", "1000000")), options["key"]);
}

return 0;
