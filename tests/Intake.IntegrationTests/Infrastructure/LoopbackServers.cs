using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Intake.IntegrationTests.Infrastructure;

/// <summary>What the server fixtures share: free loopback ports, generated passwords, finding a binary, stopping by PID.</summary>
internal static class LoopbackServers
{
    /// <summary>A port nobody listens on right now (the OS picks it).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A password made for this run only: never in the repository.</summary>
    public static string NewPassword() => Convert.ToHexString(RandomNumberGenerator.GetBytes(18)).ToLowerInvariant();

    /// <summary>The path of <paramref name="candidates"/>' first existing file; else the test fails saying what to install.</summary>
    public static string Binary(string install, params string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"{Path.GetFileName(candidates[0])} is not installed: {install} (tests/run-all.sh does it).");
    }

    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>Runs a command to its end; throws with its output when it fails.</summary>
    public static async Task RunAsync(string file, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within {timeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} failed ({process.ExitCode}): {await stdout}{await stderr}");
        }
    }

    /// <summary>Starts a long-running server as this process's child (so its PID is the server's).</summary>
    public static Process StartServer(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Waits until something accepts TCP connections on <paramref name="port"/>; fails when <paramref name="server"/> dies first.</summary>
    public static async Task WaitForPortAsync(Process server, int port, TimeSpan timeout, Func<string> log)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"The server exited ({server.ExitCode}) before it listened on {port}: {log()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Stops the server by its PID: SIGINT (a clean, fast shutdown), then SIGKILL if it lingers.</summary>
    public static async Task StopAsync(Process server)
    {
        if (!server.HasExited)
        {
            using (var kill = Process.Start(new ProcessStartInfo("kill", ["-INT", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])))
            {
                await kill!.WaitForExitAsync();
            }

            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await server.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                server.Kill();
                await server.WaitForExitAsync();
            }
        }

        server.Dispose();
    }

    public static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process that is ending; the temp folder is cleaned by the OS eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
