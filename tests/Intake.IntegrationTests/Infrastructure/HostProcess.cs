using System.Diagnostics;
using System.Text;

namespace Intake.IntegrationTests.Infrastructure;

/// <summary>
/// Runs the built service as its own process, the way an operator starts it, to see what it says and
/// how it exits when it refuses to start.
/// </summary>
public static class HostProcess
{
    /// <summary>The refusal is exactly one line, <paramref name="expected"/>, and no stack trace.</summary>
    public static void AssertRefusedWithOneLine(string output, string expected)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(expected, Assert.Single(lines, l => l.StartsWith("Intake did not start:", StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => l.StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }

    /// <summary>Starts the service with <paramref name="environment"/> variables and waits for it to exit.</summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Intake.Web.dll");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
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
            throw new TimeoutException($"The service did not exit within {timeout}.");
        }

        output.Append(await stdout).Append(await stderr);
        return (process.ExitCode, output.ToString());
    }
}
