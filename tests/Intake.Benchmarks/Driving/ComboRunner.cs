using System.Globalization;
using Intake.Benchmarks.Reporting;

namespace Intake.Benchmarks.Driving;

/// <summary>
/// One mode (store × delivery): warm both targets up, then measure the echo and Intake with the same
/// script and settings, reading each server process's counters around its measured run.
/// </summary>
internal sealed class ComboRunner(HttpClient http, BenchmarkOptions options, ChildServer echo, ChildServer connector)
{
    public async Task<(TargetResult Echo, TargetResult Intake)> RunAsync(ChildServer intake, string store, string delivery)
    {
        // Direct Line is measured beside the echo's expectReplies: the same script, answered on a WebSocket instead of in the response.
        var directLine = delivery == "directline";
        var expectReplies = delivery == "expectReplies" || directLine;
        var echoDriver = new LoadDriver(http, echo.Address, connector.Address, expectReplies, checkIntake: false);
        ILoadDriver intakeDriver = directLine ? new DirectLineDriver(http, intake.Address) : new LoadDriver(http, intake.Address, connector.Address, expectReplies, checkIntake: true);
        var tag = $"{store}-{delivery}-{Guid.NewGuid().ToString("N")[..6]}";

        var warmup = System.Diagnostics.Stopwatch.StartNew();
        var jitBefore = await JitMethodsAsync(echo, intake);
        for (var batch = 0; ; batch++)
        {
            await echoDriver.RunAsync($"warm{batch}-echo-{tag}", options.WarmupConversations, options.Concurrency);
            await intakeDriver.RunAsync($"warm{batch}-intake-{tag}", options.WarmupConversations, options.Concurrency);
            var jit = await JitMethodsAsync(echo, intake);
            var compiled = jit - jitBefore;
            jitBefore = jit;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    warm-up batch {batch + 1}: {warmup.Elapsed.TotalSeconds:F0} s, the JIT compiled {compiled} methods (servers and driver)"));
            if (options.Quick || (warmup.Elapsed >= options.WarmupTime && compiled <= BenchmarkOptions.SettledJitMethods) || warmup.Elapsed >= options.WarmupLimit)
            {
                break;
            }
        }

        // Measured in rounds, alternating which target goes first, so a neighbour's load on this shared
        // machine falls on both targets alike instead of on whichever ran second.
        var rounds = options.Quick ? 1 : Rounds;
        var perRound = Math.Max(1, options.Conversations / rounds);
        TargetResult? echoResult = null;
        TargetResult? intakeResult = null;
        for (var round = 0; round < rounds; round++)
        {
            for (var slot = 0; slot < 2; slot++)
            {
                if ((slot == 0) == (round % 2 == 0))
                {
                    echoResult = Merge(echoResult, await MeasureAsync("echo", echo, echoDriver, $"echo-{tag}-r{round}", store, delivery, perRound));
                }
                else
                {
                    intakeResult = Merge(intakeResult, await MeasureAsync("Intake", intake, intakeDriver, $"intake-{tag}-r{round}", store, delivery, perRound));
                }
            }
        }

        if (!expectReplies)
        {
            await CheckConnectorAsync(echoResult!.Load, intakeResult!.Load);
        }

        Print(echoResult!);
        Print(intakeResult!);
        return (echoResult!, intakeResult! with { State = await ReadStateAsync(intake, intakeResult!.Load) });
    }

    public const int Rounds = 4;

    private static TargetResult Merge(TargetResult? sum, TargetResult part)
        => sum is null ? part : sum with { Load = sum.Load.Merge(part.Load), Host = sum.Host + part.Host, Driver = sum.Driver + part.Driver };

    private static void Print(TargetResult result)
        => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {result.Store,-6} {result.Delivery,-13} {result.Target,-6} {result.TurnsPerSecond,8:F0} turns/s  p50 {result.LatencyMs(0.5),6:F2} ms  p99 {result.LatencyMs(0.99),6:F2} ms  errors {result.Errors}"));

    private async Task<TargetResult> MeasureAsync(string name, ChildServer server, ILoadDriver driver, string runId, string store, string delivery, int conversations)
    {
        var hostBefore = await server.CountersAsync();
        var driverBefore = HostCounters.Self();
        var load = await driver.RunAsync(runId, conversations, options.Concurrency);
        var driverCost = HostCounters.Self() - driverBefore;
        var hostCost = await server.CountersAsync() - hostBefore;
        return new TargetResult(name, store, delivery, load, hostCost, driverCost, null, server.Info);
    }

    /// <summary>Normal delivery: every message turn must have reached the connector as a reply to its activity.</summary>
    private async Task CheckConnectorAsync(params LoadResult[] runs)
    {
        var file = Path.Combine(Path.GetTempPath(), $"intake-bench-connector-{Guid.NewGuid():N}.txt");
        try
        {
            var answer = (await connector.CommandAsync($"dump {file}")).Split(' ');
            var received = new HashSet<string>(await File.ReadAllLinesAsync(file), StringComparer.Ordinal);
            foreach (var run in runs)
            {
                var missing = run.ExpectedConnectorPairs.Count(pair => !received.Contains(pair));
                if (missing > 0)
                {
                    run.Errors.Add("connector received no reply to a message turn", missing);
                }
            }

            if (answer is [_, var invalid] && invalid != "0")
            {
                runs[^1].Errors.Add($"connector rejected replies (URL and activity disagree; total so far {invalid})");
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<StateSize> ReadStateAsync(ChildServer intake, LoadResult load)
    {
        var conversationBytes = new List<int>();
        var userBytes = new List<int>();
        foreach (var conversation in load.Sample)
        {
            var sizes = (await intake.CommandAsync($"state {ScriptedConversation.ChannelId} {conversation.ConversationId} {conversation.User.Id}")).Split(' ');
            conversationBytes.Add(Math.Max(0, int.Parse(sizes[0], CultureInfo.InvariantCulture)));
            userBytes.Add(Math.Max(0, int.Parse(sizes[1], CultureInfo.InvariantCulture)));
        }

        return conversationBytes.Count == 0
            ? new StateSize(0, 0, 0, 0)
            : new StateSize(conversationBytes.Count, conversationBytes.Average(), conversationBytes.Max(), userBytes.Average());
    }

    // Methods the JIT of both servers and of this driver (on the same cores) has compiled so far, every tier alike.
    private static async Task<long> JitMethodsAsync(ChildServer echo, ChildServer intake)
        => (await echo.CountersAsync()).JitMethods + (await intake.CountersAsync()).JitMethods + HostCounters.Self().JitMethods;
}
