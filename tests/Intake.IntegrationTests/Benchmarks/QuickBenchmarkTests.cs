using System.Diagnostics;

namespace Intake.IntegrationTests.Benchmarks;

/// <summary>
/// The load benchmark's <c>--quick</c> mode as a smoke test: Intake, the echo and the local connector
/// in child processes, every store and delivery mode, every reply checked. Asserts correctness only
/// (zero errors, exit code 0), never timing.
/// </summary>
public sealed class QuickBenchmarkTests
{
    [Fact]
    public async Task QuickBenchmark_AllModes_AnswersEveryTurnCorrectly()
    {
        var start = new ProcessStartInfo
        {
            FileName = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Intake.Benchmarks.dll"));
        start.ArgumentList.Add("--quick");
        start.ArgumentList.Add("--conversations");
        start.ArgumentList.Add("40");
        start.ArgumentList.Add("--concurrency");
        start.ArgumentList.Add("8");

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var log = await output + await errors;
        Assert.True(process.ExitCode == 0, $"the quick benchmark exited {process.ExitCode}:\n{log}");
        Assert.Contains("OK: no errors", log, StringComparison.Ordinal);
        Assert.Contains("| sqlite | normal | Intake |", log, StringComparison.Ordinal);

        // The returning patient's 33rd intake closes the record index's first page: two index writes, and all 33 records listed back.
        Assert.Matches(@"\| sqlite \| 33 \| \d+ \| \d+ \| 2 \| \d+ \| 1 \| \d+ \| 33 \|", log);
        Assert.Matches(@"\| memory \| 1 \| \d+ \| \d+ \| 1 \| \d+ \| 1 \| \d+ \|\s+\|", log);
    }
}
