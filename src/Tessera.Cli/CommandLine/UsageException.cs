namespace Tessera.Cli.CommandLine;

/// <summary>The command line was wrong: shown as one line on standard error, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
