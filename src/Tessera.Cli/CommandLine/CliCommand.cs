using System.Text;

namespace Tessera.Cli.CommandLine;

/// <summary>What a command can use: where to write, whether a person is watching a terminal, and cancellation.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, bool Interactive, CancellationToken CancellationToken);

/// <summary>
/// One <c>tessera</c> command. To add one (link, audit verify, export), subclass this and add it to
/// <see cref="TesseraCli.Commands"/>; parsing, help and error handling come for free.
/// </summary>
public abstract class CliCommand
{
    /// <summary>The words that select the command, e.g. "seed" or "audit verify".</summary>
    public abstract string Name { get; }

    public abstract string Summary { get; }

    public virtual string? Details => null;

    public abstract IReadOnlyList<CliOption> Options { get; }

    public abstract Task<int> ExecuteAsync(ParsedOptions options, CliContext context);

    public string Help()
    {
        var help = new StringBuilder();
        help.AppendLine(Summary);
        help.AppendLine();
        help.Append("Usage: tessera ").Append(Name);
        foreach (var option in Options)
        {
            help.Append(option.Required ? $" {option.Usage}" : $" [{option.Usage}]");
        }

        help.AppendLine();
        if (Details is { } details)
        {
            help.AppendLine().AppendLine(details);
        }

        help.AppendLine().AppendLine("Options:");
        var width = Options.Select(o => o.Usage.Length).Append("--help".Length).Max() + 2;
        foreach (var option in Options)
        {
            var suffix = option.DefaultValue is null ? "" : $" Default: {option.DefaultValue}.";
            help.Append("  ").Append(option.Usage.PadRight(width)).Append(option.Description).AppendLine(suffix);
        }

        help.Append("  ").Append("--help".PadRight(width)).AppendLine("Show this help.");
        return help.ToString();
    }
}
