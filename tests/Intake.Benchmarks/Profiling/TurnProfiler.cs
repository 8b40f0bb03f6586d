using System.Diagnostics;
using System.Globalization;
using Intake.Benchmarks.Driving;
using Intake.Benchmarks.Serving;
using Intake.Bots.Delivery;
using Intake.Bots.Turns;

namespace Intake.Benchmarks.Profiling;

/// <summary>
/// <c>--turns N</c>: the cost of each turn of the intake script on its own (in-process, in-memory store,
/// expectReplies, one call at a time): N whole conversations after as many for warm-up.
/// </summary>
internal static class TurnProfiler
{
    public static async Task<int> RunAsync(int conversations)
    {
        await using var intake = IntakeServer.Start("memory");
        await using var connector = await ConnectorServer.StartAsync();
        var adapter = intake.Services.GetRequiredService<BotAdapter>();
        var turns = IntakeScript.Turns;
        var ticks = new long[turns.Count];
        var bytes = new long[turns.Count];
        for (var round = 0; round < 2; round++)
        {
            Array.Clear(ticks);
            Array.Clear(bytes);
            for (var c = 0; c < conversations; c++)
            {
                var conversation = new ScriptedConversation($"turns-{round}", c, connector.Address, expectReplies: true);
                for (var t = 0; t < turns.Count; t++)
                {
                    var activity = conversation.Build(t, turns[t]);
                    var allocated = GC.GetTotalAllocatedBytes(precise: true);
                    var start = Stopwatch.GetTimestamp();
                    await adapter.ProcessAsync(activity, TurnCaller.Anonymous, CancellationToken.None);
                    ticks[t] += Stopwatch.GetTimestamp() - start;
                    bytes[t] += GC.GetTotalAllocatedBytes(precise: true) - allocated;
                }
            }
        }

        Console.WriteLine($"Per-turn profile: {conversations} conversations after as many for warm-up (BotAdapter.ProcessAsync, expectReplies, in-memory)");
        Console.WriteLine();
        Console.WriteLine("| turn | answer step | wall µs | allocated B |");
        Console.WriteLine("|--:|---|--:|--:|");
        for (var t = 0; t < turns.Count; t++)
        {
            var micros = Stopwatch.GetElapsedTime(0, ticks[t]).TotalMicroseconds / conversations;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {t} | {turns[t].ExpectStep ?? turns[t].ExpectCareLevel} | {micros:F1} | {bytes[t] / conversations} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| all | mean | {Stopwatch.GetElapsedTime(0, ticks.Sum()).TotalMicroseconds / conversations / turns.Count:F1} | {bytes.Sum() / conversations / turns.Count} |"));
        return 0;
    }
}
