namespace Tessera.Cli.CommandLine;

/// <summary>An option a command accepts: <c>--name value</c> (or <c>--name=value</c>), or a bare <c>--name</c> when it is a flag.</summary>
public sealed record CliOption(string Name, string ValueName, string Description, string? DefaultValue = null, bool Required = false, bool Flag = false)
{
    public string Usage => Flag ? $"--{Name}" : $"--{Name} <{ValueName}>";
}
