using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Tessera.Core.Data;

namespace Tessera.CrashTests;

/// <summary>
/// The real Tessera web app as its own operating-system process (the build output of src/Tessera.Web), so the harness
/// can kill it with SIGKILL exactly as a power cut or an out-of-memory killer would.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<ServerProcess> StartAsync(DatabaseSettings database, string signingKeyFile, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var web = WebProject();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = web.ProjectFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(web.Assembly);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Database__Provider"] = database.Provider.ToString();
        start.Environment["ConnectionStrings__Tessera"] = database.ConnectionString;
        start.Environment["Database__SeedDemo"] = "false";
        start.Environment["Audit__SigningKeyFile"] = signingKeyFile;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            output.Enqueue(e.Data);
            if (e.Data.Contains("Now listening on", StringComparison.Ordinal))
            {
                listening.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                output.Enqueue(e.Data);
            }
        };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException(
            "Tessera exited before it was ready:" + Environment.NewLine + string.Join(Environment.NewLine, output)));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // Start-up includes crash recovery of the database, so the wait is generous; it is a deadline, not a timing.
        await listening.Task.WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
        return new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"));
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, nothing the app can do about it.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The web app built alongside these tests, in the same configuration (Debug or Release).</summary>
    private static (string Assembly, string ProjectFolder) WebProject()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = here.Name;
        var configuration = here.Parent!.Name;
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Tessera.slnx")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException("Could not find Tessera.slnx above " + AppContext.BaseDirectory);
        }

        var project = Path.Combine(root.FullName, "src", "Tessera.Web");
        var assembly = Path.Combine(project, "bin", configuration, framework, "Tessera.Web.dll");
        return File.Exists(assembly)
            ? (assembly, project)
            : throw new InvalidOperationException($"Build src/Tessera.Web first: {assembly} was not found.");
    }
}
