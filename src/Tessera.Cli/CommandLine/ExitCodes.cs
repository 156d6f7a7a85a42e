namespace Tessera.Cli.CommandLine;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command was understood but could not be done: a database error, or a refusal such as seeding a non-empty database.</summary>
    public const int Failed = 1;

    /// <summary>Unknown command or option, or a bad value.</summary>
    public const int Usage = 2;

    public const int Cancelled = 130;
}
