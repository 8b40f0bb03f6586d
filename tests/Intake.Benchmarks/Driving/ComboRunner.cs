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
        var expectReplies = delivery == "expectReplies";
        var echoDriver = new LoadDriver(http, echo.Address, connector.Address, expectReplies);
        var intakeDriver = new LoadDriver(http, intake.Address, connector.Address, expectReplies);
        var tag = $"{store}-{delivery}-{Guid.NewGuid().ToString("N")[..6]}";

        await echoDriver.RunAsync($"warm-echo-{tag}", options.WarmupConversations, options.Concurrency);
        await intakeDriver.RunAsync($"warm-intake-{tag}", options.WarmupConversations, options.Concurrency);

        var echoResult = await MeasureAsync("echo", echo, echoDriver, $"echo-{tag}", store, delivery);
        var intakeResult = await MeasureAsync("Intake", intake, intakeDriver, $"intake-{tag}", store, delivery);
        if (!expectReplies)
        {
            await CheckConnectorAsync(echoResult.Load, intakeResult.Load);
        }

        return (echoResult, intakeResult with { State = await ReadStateAsync(intake, intakeResult.Load) });
    }

    private async Task<TargetResult> MeasureAsync(string name, ChildServer server, LoadDriver driver, string runId, string store, string delivery)
    {
        var hostBefore = await server.CountersAsync();
        var driverBefore = HostCounters.Self();
        var load = await driver.RunAsync(runId, options.Conversations, options.Concurrency);
        var driverCost = HostCounters.Self() - driverBefore;
        var hostCost = await server.CountersAsync() - hostBefore;
        var result = new TargetResult(name, store, delivery, load, hostCost, driverCost, null, server.Info);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {store,-6} {delivery,-13} {name,-6} {result.TurnsPerSecond,8:F0} turns/s  p50 {result.LatencyMs(0.5),6:F2} ms  p99 {result.LatencyMs(0.99),6:F2} ms  errors {result.Errors}"));
        return result;
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
}
