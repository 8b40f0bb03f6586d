using Intake.Benchmarks.Driving;
using Intake.Benchmarks.Reporting;

namespace Intake.Benchmarks;

/// <summary>Starts the servers (each in its own process), runs every selected mode, prints and writes the report.</summary>
internal static class BenchmarkRunner
{
    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        var started = DateTimeOffset.UtcNow;
        var loadBefore = MachineInfo.LoadAverage();
        Console.WriteLine($"Intake load benchmark: {options.Conversations} conversations × {IntakeScript.Turns.Count} turns, {options.Concurrency} concurrent, warm-up batches of {options.WarmupConversations} conversations for at least {options.WarmupTime.TotalSeconds:F0} s per mode{(options.Quick ? " (quick: correctness smoke test)" : "")}");
        Console.WriteLine($"Servers run in child processes; Intake in the Production environment with logging at Warning. Machine: {MachineInfo.Describe()}");

        using var handler = new SocketsHttpHandler { UseCookies = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, MaxConnectionsPerServer = options.Concurrency };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        await using var echo = await ChildServer.StartAsync("echo", "echo");
        await using var connector = await ChildServer.StartAsync("connector", "connector");
        var combos = new ComboRunner(http, options, echo, connector);
        var results = new List<(TargetResult Echo, TargetResult Intake)>();
        var recordIndex = new List<RecordIndexResult>();
        var logLines = 0;
        foreach (var store in options.Stores)
        {
            await using var intake = await ChildServer.StartAsync("intake", "intake", "--store", store);
            foreach (var delivery in options.Deliveries.Where(d => d != "directline" || store == "memory"))
            {
                results.Add(await combos.RunAsync(intake, store, delivery));
            }

            // After the load: one patient's intakes in a row, alone on the host, for what the record index costs per completion.
            recordIndex.Add(await RecordIndexRun.RunAsync(http, intake, connector.Address, store, options.PatientIntakes));

            logLines += intake.LogLines;
        }

        var report = new ResultsReport(options, results, recordIndex, started, loadBefore, MachineInfo.LoadAverage(), logLines);
        var markdown = report.ToMarkdown();
        Console.WriteLine();
        Console.WriteLine(markdown);
        var outFile = options.OutFile ?? (options.Quick ? null : DefaultResultsPath());
        if (outFile is not null)
        {
            // Hand-written analysis below "## Findings" survives a re-run; the measured part is replaced.
            var findings = File.Exists(outFile) ? await File.ReadAllTextAsync(outFile) : "";
            var at = findings.IndexOf("\n## Findings", StringComparison.Ordinal);
            await File.WriteAllTextAsync(outFile, at < 0 ? markdown : markdown + findings[at..]);
            Console.WriteLine($"written to {outFile}");
        }

        var errors = results.Sum(r => r.Echo.Errors + r.Intake.Errors) + recordIndex.Sum(r => r.Errors);
        Console.WriteLine(errors == 0 ? "OK: no errors" : $"FAILED: {errors} errors");
        return errors == 0 ? 0 : 1;
    }

    /// <summary>tests/Intake.Benchmarks/RESULTS.md of the repository this program was built from.</summary>
    private static string DefaultResultsPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Intake.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "Intake.Benchmarks", "RESULTS.md");
            }
        }

        return Path.GetFullPath("RESULTS.md");
    }
}
