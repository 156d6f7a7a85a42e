namespace Tessera.Cli.CommandLine;

/// <summary>An option a command accepts: always <c>--name value</c> (or <c>--name=value</c>).</summary>
public sealed record CliOption(string Name, string ValueName, string Description, string? DefaultValue = null, bool Required = false)
{
    public string Usage => $"--{Name} <{ValueName}>";
}
