using System.Globalization;
using System.Text;

namespace Intake.Benchmarks.Reporting;

/// <summary>The markdown report: settings, the table with Intake/echo ratios, and the budget verdicts.</summary>
internal sealed class ResultsReport(
    BenchmarkOptions options,
    IReadOnlyList<(TargetResult Echo, TargetResult Intake)> results,
    IReadOnlyList<RecordIndexResult> recordIndex,
    DateTimeOffset started,
    string loadBefore,
    string loadAfter,
    int hostLogLines)
{
    private readonly StringBuilder _text = new();

    public string ToMarkdown()
    {
        _text.Clear();
        Line("# Intake load benchmark: results");
        Line();
        Line($"- Date: {started:yyyy-MM-dd HH:mm} UTC");
        Line($"- Machine: {MachineInfo.Describe()}; load average before/after: {loadBefore} / {loadAfter}");
        Line($"- Settings: {options.Conversations} conversations × {IntakeScript.Turns.Count} turns (a join + {IntakeScript.Turns.Count - 1} messages, `IntakeScript`), {options.Concurrency} concurrent, each conversation one turn at a time; measured in {(options.Quick ? 1 : Driving.ComboRunner.Rounds)} round(s) of {options.Conversations / (options.Quick ? 1 : Driving.ComboRunner.Rounds)} conversations per target, alternating which target goes first; warm-up batches of {options.WarmupConversations} conversations per target, repeated for at least {options.WarmupTime.TotalSeconds:F0} s per mode and then until a batch finds the JIT settled (at most {BenchmarkOptions.SettledJitMethods} methods compiled in the servers and the driver; {options.WarmupLimit.TotalSeconds:F0} s at most), not measured{(options.Quick ? "; **quick mode** (smoke test: the numbers are not a measurement)" : "")}");
        Line($"- Command: `dotnet run -c Release --project tests/Intake.Benchmarks --{(options.Quick ? " --quick" : "")} --conversations {options.Conversations} --concurrency {options.Concurrency} --mode {Join(options.Stores, "memory", "sqlite")} --delivery {(options.Deliveries.Count == BenchmarkOptions.AllDeliveries.Count ? "all" : string.Join(",", options.Deliveries))} --patient-intakes {options.PatientIntakes}`");
        Line("- Each server runs in its own child process (this program with `--serve`): Intake (`WebApplicationFactory<Program>` on Kestrel, loopback, Production environment, **logging at Warning**), the bare minimal-API echo, and the local connector. The driver (HttpClient over SocketsHttpHandler) runs in the parent process. All share the machine's cores.");
        foreach (var info in results.Select(r => r.Intake.HostInfo).Distinct())
        {
            Line($"- Intake host: {info}");
        }

        Line($"- Echo host: {(results.Count > 0 ? results[0].Echo.HostInfo : "")}; lines the Intake host logged during the run: {hostLogLines}");
        Line();
        Line("| store | delivery | target | turns | turns/s | p50 ms | p90 ms | p99 ms | max ms | errors | host CPU µs/turn | host alloc KB/turn | host GCs 0/1/2 | driver CPU µs/turn | state B/conversation |");
        Line("|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var (echo, intake) in results)
        {
            Row(echo);
            Row(intake);
            Line(F($"| {intake.Store} | {intake.Delivery} | **Intake/echo** | | **{Percent(intake.TurnsPerSecond, echo.TurnsPerSecond)}** | {Ratio(intake.LatencyMs(0.5), echo.LatencyMs(0.5))} | {Ratio(intake.LatencyMs(0.9), echo.LatencyMs(0.9))} | {Ratio(intake.LatencyMs(0.99), echo.LatencyMs(0.99))} | {Ratio(intake.LatencyMs(1), echo.LatencyMs(1))} | | {Ratio(intake.HostCpuMicrosPerTurn, echo.HostCpuMicrosPerTurn)} | {Ratio(intake.HostAllocatedBytesPerTurn, echo.HostAllocatedBytesPerTurn)} | | | |"));
        }

        Line();
        Line("Host CPU and allocations are the server process's own counters (`Process.TotalProcessorTime`, `GC.GetTotalAllocatedBytes(true)`) read just before and after its measured run, divided by the turns: Kestrel, routing, the turn, JSON, state and, in normal delivery, the host's outbound POSTs to the connector. They exclude the driver and the connector (other processes). Latency is measured in the driver, from sending a turn to having read the whole answer. State B/conversation is what one conversation keeps between its turns, measured after its intake finished: the serialized conversation state item (dialog stack, answers, the ids of its last activities) read back from the host's `IStorage` (`StateKeys.Conversation`) for a sample of up to 200 conversations, mean (max); user state after the slash (0: none kept). With the memory store this is the memory a conversation holds in the host between turns, plus its key and entry; it excludes the intake record kept at the result (next table), the answers held ten minutes for a retry and, on the Direct Line path, the conversation's activity log, which are bounded elsewhere (`docs/web.md`).");
        Line();
        RecordIndexTable();
        Line();
        Budget();
        Line();
        Line("Errors by reason: " + string.Join("; ", [
            .. results.SelectMany(r => new[] { r.Echo, r.Intake }).Select(r => $"{r.Target} {r.Store}/{r.Delivery}: {r.Load.Errors.Describe()}"),
            .. recordIndex.Select(r => $"returning patient {r.Store}: {r.ErrorReasons}")]));
        return _text.ToString();
    }

    private void Row(TargetResult r)
    {
        var state = r.State is { } s ? F($"{s.MeanConversationBytes:F0} (max {s.MaxConversationBytes}) / {s.MeanUserBytes:F0}") : "";
        Line(F($"| {r.Store} | {r.Delivery} | {r.Target} | {r.Load.Turns} | {r.TurnsPerSecond:F0} | {r.LatencyMs(0.5):F2} | {r.LatencyMs(0.9):F2} | {r.LatencyMs(0.99):F2} | {r.LatencyMs(1):F2} | {r.Errors} | {r.HostCpuMicrosPerTurn:F0} | {r.HostAllocatedBytesPerTurn / 1024:F1} | {r.Host.Gen0}/{r.Host.Gen1}/{r.Host.Gen2} | {r.DriverCpuMicrosPerTurn:F0} | {state} |"));
    }

    private void RecordIndexTable()
    {
        Line(F($"## Record index cost per completion (one patient, {options.PatientIntakes} intakes in a row)"));
        Line();
        Line("| store | patient's intake | store writes | bytes written | index writes | index bytes written | record writes | record bytes | records listed after all |");
        Line("|---|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var result in recordIndex)
        {
            foreach (var row in result.Rows)
            {
                Line(F($"| {result.Store} | {row.Completion} | {row.Writes} | {row.Bytes} | {row.IndexWrites} | {row.IndexBytes} | {row.RecordWrites} | {row.RecordBytes} | {(row.Completion == result.Completions ? result.RecordsListed.ToString(CultureInfo.InvariantCulture) : "")} |"));
            }
        }

        Line();
        Line(F($"After the load runs, one patient (the same channel user id every time) completes {options.PatientIntakes} whole intakes in a row over expectReplies, alone on the host, every answer checked. Each row is one of those intakes, from the join to the result: the writes that reached the host's own store (`IStorage` as configured, wrapped by `Serving/CountingStorage` to count; the load runs above pay its two counter additions per write too), all of them with their serialized bytes, then the intake record's index (`intake/records/{{user}}/index`, and `…/index/N` when a page of {Dialogs.Records.RecordIndex.PageSize} ids fills and is closed) and the record itself. Before paging, the index was rewritten whole at every completion and grew with the records (issue 13 measured 10.5 KB at the 300th); paged, a completion rewrites only the open page (up to that many ids of 64 hex characters), plus the closed page when the open one is full, however many records the patient has. The last column is the patient's records read back through `IntakeRecordStore.ListAsync` (it must equal the intakes, or the run counts an error)."));
    }

    private void Budget()
    {
        Line("## Budget (32 concurrent, warm)");
        Line();
        Line("| store | delivery | budget | measured | verdict |");
        Line("|---|---|---|---|---|");
        foreach (var (echo, intake) in results)
        {
            if (intake.Delivery == "directline")
            {
                // The page's path: at least half the turns/s of /api/messages expectReplies on the same host and store.
                var messages = results.Select(r => r.Intake).FirstOrDefault(r => r.Store == intake.Store && r.Delivery == "expectReplies");
                if (messages is null)
                {
                    continue;
                }

                Verdict(intake, "turns/s ≥ 50% of Intake expectReplies", Percent(intake.TurnsPerSecond, messages.TurnsPerSecond), intake.TurnsPerSecond >= 0.5 * messages.TurnsPerSecond);
                Verdict(intake, "p99 ≤ 10 ms", F($"{intake.LatencyMs(0.99):F2} ms (expectReplies {messages.LatencyMs(0.99):F2} ms)"), intake.LatencyMs(0.99) <= 10);
                continue;
            }

            var share = intake.TurnsPerSecond / echo.TurnsPerSecond;
            var floor = intake.Store == "memory" ? 0.60 : 0.30;
            Verdict(intake, F($"turns/s ≥ {floor:P0} of echo"), Percent(intake.TurnsPerSecond, echo.TurnsPerSecond), share >= floor);
            if (intake.Store == "memory")
            {
                Verdict(intake, "p99 ≤ 10 ms", F($"{intake.LatencyMs(0.99):F2} ms"), intake.LatencyMs(0.99) <= 10);
            }

            Verdict(intake, "≤ 64 KB allocated per turn", F($"{intake.HostAllocatedBytesPerTurn / 1024:F1} KB"), intake.HostAllocatedBytesPerTurn <= 64 * 1024);
            if (intake.State is { } s)
            {
                Verdict(intake, "≤ 4 KB state per conversation", F($"{s.MaxConversationBytes + s.MeanUserBytes:F0} B (max conversation + mean user)"), s.MaxConversationBytes + s.MeanUserBytes <= 4096);
            }
        }
    }

    private void Verdict(TargetResult r, string budget, string measured, bool met)
        => Line($"| {r.Store} | {r.Delivery} | {budget} | {measured} | {(met ? "met" : "**not met**")} |");

    private static string Join(IReadOnlyList<string> chosen, string first, string second)
        => chosen.Count == 2 ? "all" : chosen.Count == 1 ? chosen[0] : $"{first},{second}";

    private static string Percent(double part, double whole) => F($"{part / whole:P0}");

    private static string Ratio(double part, double whole) => F($"×{part / whole:F2}");

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private void Line(string text = "") => _text.Append(text).Append('\n');
}
