using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tessera.Cli.CommandLine;
using Tessera.Cli.Commands;
using Tessera.Core.Data;
using Tessera.Core.Modules.Audit.Chain;
using Tessera.Core.Seeding;

namespace Tessera.Cli;

/// <summary>
/// The <c>tessera</c> command line. Errors are always one line on standard error and never a stack trace:
/// exit 2 for a wrong command line, 1 for a command that could not be done (such as a database error), 0 for success.
/// </summary>
public static class TesseraCli
{
    public static IReadOnlyList<CliCommand> Commands { get; } = [new SeedCommand(), new RetentionRunCommand(), new AuditVerifyCommand(), new AuditSealCommand(), new AuditExportKeyCommand(), new AuditExportCheckpointsCommand(), new LinkDedupeCommand(), new LinkPairCommand(), new LinkBenchCommand()];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        if (args.Length == 0)
        {
            await error.WriteLineAsync("tessera: no command given. Run 'tessera --help' to see the commands.");
            return ExitCodes.Usage;
        }

        if (args[0] is "--help" or "-h" or "-?" or "help")
        {
            await output.WriteAsync(Help());
            return ExitCodes.Success;
        }

        var command = Commands
            .Where(c => Matches(c, args))
            .OrderByDescending(c => c.Name.Length)
            .FirstOrDefault();
        if (command is null)
        {
            await error.WriteLineAsync($"tessera: unknown command '{args[0]}'. Run 'tessera --help' to see the commands.");
            return ExitCodes.Usage;
        }

        var words = command.Name.Split(' ').Length;
        try
        {
            var options = ParsedOptions.Parse(args[words..], command.Options);
            if (options.HelpRequested)
            {
                await output.WriteAsync(command.Help());
                return ExitCodes.Success;
            }

            return await command.ExecuteAsync(options, new CliContext(output, error, interactive, cancellationToken));
        }
        catch (UsageException ex)
        {
            await error.WriteLineAsync($"tessera {command.Name}: {OneLine(ex.Message)}. Run 'tessera {command.Name} --help' for usage.");
            return ExitCodes.Usage;
        }
        catch (DatabaseSettingsException ex)
        {
            await error.WriteLineAsync($"tessera {command.Name}: {OneLine(ex.Message)}");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync($"tessera {command.Name}: cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ex is AuditKeyException or AuditFileException)
        {
            await error.WriteLineAsync($"tessera {command.Name}: {OneLine(ex.Message)}.");
            return ExitCodes.Usage;
        }
        catch (SeedingRefusedException ex)
        {
            await error.WriteLineAsync($"tessera {command.Name}: {OneLine(ex.Message)}");
            return ExitCodes.Failed;
        }
        catch (Exception ex) when (IsDatabaseError(ex))
        {
            await error.WriteLineAsync($"tessera {command.Name}: database error: {OneLine(DatabaseMessage(ex))}");
            return ExitCodes.Failed;
        }
        catch (Exception ex)
        {
            await error.WriteLineAsync($"tessera {command.Name}: failed: {OneLine(ex.Message)}");
            return ExitCodes.Failed;
        }
    }

    public static string Help()
    {
        var help = new StringBuilder();
        help.AppendLine("tessera: command-line tools for Tessera, multi-agency information sharing to protect children.");
        help.AppendLine();
        help.AppendLine("Usage: tessera <command> [options]");
        help.AppendLine();
        help.AppendLine("Commands:");
        var width = Commands.Max(c => c.Name.Length) + 2;
        foreach (var command in Commands)
        {
            help.Append("  ").Append(command.Name.PadRight(width)).AppendLine(command.Summary);
        }

        help.AppendLine();
        help.AppendLine("Run 'tessera <command> --help' for a command's options.");
        help.AppendLine("Exit codes: 0 success, 1 the command failed (for example a database error), 2 a wrong command line.");
        return help.ToString();
    }

    private static bool Matches(CliCommand command, string[] args)
    {
        var words = command.Name.Split(' ');
        return args.Length >= words.Length && words.Select((w, i) => args[i] == w).All(m => m);
    }

    private static bool IsDatabaseError(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is DbException or DbUpdateException or TimeoutException or System.Net.Sockets.SocketException)
            {
                return true;
            }
        }

        return false;
    }

    private static string DatabaseMessage(Exception ex)
    {
        var message = ex.Message;
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is DbException)
            {
                message = e.Message;
            }
        }

        return message;
    }

    internal static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
}
