using System.Globalization;

namespace Tessera.Cli.CommandLine;

/// <summary>Option values given on the command line, with typed readers that fail with a one-line usage error.</summary>
public sealed class ParsedOptions
{
    private readonly Dictionary<string, string> _values;

    private ParsedOptions(Dictionary<string, string> values, bool helpRequested)
    {
        _values = values;
        HelpRequested = helpRequested;
    }

    public bool HelpRequested { get; }

    public static ParsedOptions Parse(IReadOnlyList<string> args, IReadOnlyList<CliOption> options)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h" or "-?")
            {
                return new ParsedOptions(values, helpRequested: true);
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                throw new UsageException($"unexpected argument '{arg}'");
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? arg[2..equals] : arg[2..];
            var option = options.FirstOrDefault(o => o.Name == name)
                ?? throw new UsageException($"unknown option '--{name}'");
            string value;
            if (option.Flag)
            {
                value = equals > 0 ? throw new UsageException($"option '--{name}' takes no value") : "true";
            }
            else if (equals > 0)
            {
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }
            else
            {
                throw new UsageException($"option '--{name}' needs a value: {option.Usage}");
            }

            if (!values.TryAdd(name, value))
            {
                throw new UsageException($"option '--{name}' is given more than once");
            }
        }

        foreach (var option in options.Where(o => o.Required && !values.ContainsKey(o.Name)))
        {
            throw new UsageException($"option '--{option.Name}' is required: {option.Usage}");
        }

        foreach (var option in options.Where(o => o.DefaultValue is not null))
        {
            values.TryAdd(option.Name, option.DefaultValue!);
        }

        return new ParsedOptions(values, helpRequested: false);
    }

    public string? GetString(string name) => _values.GetValueOrDefault(name);

    public bool GetFlag(string name) => _values.ContainsKey(name);

    public string GetRequiredString(string name) =>
        GetString(name) is { Length: > 0 } value ? value : throw new UsageException($"option '--{name}' needs a value");

    public int GetInt(string name, int min, int max)
    {
        var text = GetRequiredString(name);
        if (!int.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new UsageException($"option '--{name}' must be a whole number from {min:N0} to {max:N0}, not '{text}'");
        }

        return value;
    }

    public double GetDouble(string name, double min, double max)
    {
        var text = GetRequiredString(name);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value) || value < min || value > max)
        {
            throw new UsageException($"option '--{name}' must be a number from {min} to {max}, not '{text}'");
        }

        return value;
    }
}
