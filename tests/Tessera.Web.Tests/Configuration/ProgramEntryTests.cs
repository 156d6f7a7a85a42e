using System.Diagnostics;

namespace Tessera.Web.Tests.Configuration;

/// <summary>Runs the real app the way an operator would, with a bad setting, and reads what they would see.</summary>
public sealed class ProgramEntryTests
{
    [Theory]
    [InlineData("Database__Provider", "Oracle", "Tessera cannot start: Database:Provider is 'Oracle'.")]
    [InlineData("Tessera__IdleTimeoutMinutes", "0", "Tessera cannot start: Tessera:IdleTimeoutMinutes is 0.")]
    [InlineData("Authentication__Oidc__Authority", "http://login.example.org", "Tessera cannot start: Authentication:Oidc:Authority")]
    public async Task A_bad_setting_exits_with_1_and_one_clear_line(string variable, string value, string expectedStart)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "Tessera.Web.dll");
        Assert.True(File.Exists(app), $"{app} is missing");
        var workingDirectory = Directory.CreateTempSubdirectory("tessera-start-");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory.FullName,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(app);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Tessera"] = $"Data Source={Path.Combine(workingDirectory.FullName, "never-created.db")}";
        start.Environment[variable] = value;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        guard.CancelAfter(TimeSpan.FromMinutes(2)); // only so a start-up that hangs fails instead of blocking the run
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var errorLines = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(1, process.ExitCode);
        var line = Assert.Single(errorLines);
        Assert.StartsWith(expectedStart, line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", await stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(workingDirectory.FullName, "never-created.db")));
        workingDirectory.Delete(recursive: true);
    }
}
