namespace Tessera.Cli.Tests;

/// <summary>Runs the CLI in-process and captures what it writes.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await TesseraCli.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Asserts the run failed with one line on standard error (and no stack trace) and returns that line.</summary>
    public string AssertOneErrorLine(int exitCode)
    {
        Assert.Equal(exitCode, ExitCode);
        var line = Assert.Single(ErrorLines);
        Assert.DoesNotMatch(@"\bat [\w.]+\(|\.cs:line", line);
        Assert.StartsWith("tessera", line, StringComparison.Ordinal);
        return line;
    }
}
