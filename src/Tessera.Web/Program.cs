using Tessera.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
if (!StartupChecks.TryReadSettings(builder.Configuration, out var settings, out var problem))
{
    // One clear line for the operator, not a stack trace.
    await Console.Error.WriteLineAsync($"Tessera cannot start: {problem}");
    return 1;
}

builder.AddTessera(settings);
var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseTessera();
await app.RunAsync();
return 0;

public partial class Program;
