namespace Tessera.Cli.Tests;

public sealed class HelpAndArgumentTests
{
    [Fact]
    public async Task Help_lists_the_commands()
    {
        var run = await CliRun.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage: tessera <command>", run.Output, StringComparison.Ordinal);
        Assert.Contains("seed", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Seed_help_lists_every_option_with_defaults()
    {
        var run = await CliRun.RunAsync("seed", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--database", "--children", "--seed", "--concerns-per-child", "--batch-size", "--truth" })
        {
            Assert.Contains(option, run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("Default: 300", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_command_is_a_usage_error()
    {
        var line = (await CliRun.RunAsync()).AssertOneErrorLine(2);
        Assert.Contains("--help", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("frobnicate", "--now");

        var line = run.AssertOneErrorLine(2);
        Assert.Contains("unknown command 'frobnicate'", line, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData("unknown option '--colour'", "seed", "--database", "sqlite:x.db", "--colour", "red")]
    [InlineData("option '--database' is required", "seed", "--children", "5")]
    [InlineData("'--children' must be a whole number", "seed", "--database", "sqlite:x.db", "--children", "lots")]
    [InlineData("'--children' must be a whole number", "seed", "--database", "sqlite:x.db", "--children", "-1")]
    [InlineData("'--children' must be a whole number", "seed", "--database", "sqlite:x.db", "--children=2000000")]
    [InlineData("'--concerns-per-child' must be a number", "seed", "--database", "sqlite:x.db", "--concerns-per-child", "many")]
    [InlineData("option '--seed' needs a value", "seed", "--database", "sqlite:x.db", "--seed")]
    [InlineData("option '--children' is given more than once", "seed", "--database", "sqlite:x.db", "--children", "1", "--children", "2")]
    [InlineData("unexpected argument 'extra'", "seed", "extra")]
    [InlineData("sqlite:<path> or postgres:<connection string>", "seed", "--database", "mysql:server=x")]
    [InlineData("not in the form sqlite:<path>", "seed", "--database", "tessera.db")]
    public async Task Bad_arguments_fail_with_one_line_and_exit_code_2(string expected, params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        var line = run.AssertOneErrorLine(2);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }
}
