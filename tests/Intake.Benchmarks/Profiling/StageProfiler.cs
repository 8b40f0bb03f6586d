using System.Net.Http.Json;
using System.Text.Json;
using Intake.Benchmarks.Driving;
using Intake.Benchmarks.Serving;
using Intake.Bots.Delivery;
using Intake.Bots.Turns;
using Intake.Schema;

namespace Intake.Benchmarks.Profiling;

/// <summary>
/// <c>--profile</c>: where a turn's time and allocations go, stage by stage, in one process with the
/// real Intake services (in-memory store) and a local connector, one call at a time. Stages not listed
/// (Kestrel, routing, the endpoint's auth and body reading, writing the answer) are the rest of the
/// host's per-turn cost in the load run.
/// </summary>
internal static class StageProfiler
{
    public static async Task<int> RunAsync(int iterations)
    {
        await using var intake = IntakeServer.Start("memory");
        await using var connector = await ConnectorServer.StartAsync();
        var adapter = intake.Services.GetRequiredService<BotAdapter>();
        var connectorClient = intake.Services.GetRequiredService<ConnectorClient>();
        using var plain = new HttpClient(new SocketsHttpHandler { UseCookies = false });
        var turns = IntakeScript.Turns;
        Activity TurnActivity(int i, bool expectReplies)
            => new ScriptedConversation($"profile-{expectReplies}", i / turns.Count, connector.Address, expectReplies).Build(i % turns.Count, turns[i % turns.Count]);

        var message = TurnActivity(1, expectReplies: true);
        var messageBytes = JsonSerializer.SerializeToUtf8Bytes(message, SchemaJsonContext.Default.Activity);
        var reply = Replies.Address(new Activity { Type = ActivityTypes.Message, Text = "A question of about this length, with a few words more." }, message with { DeliveryMode = null }, DateTimeOffset.UtcNow);
        var answer = new ExpectedReplies([reply]);

        Console.WriteLine($"Stage profile: {iterations} calls per stage, one at a time, in-process (in-memory store); machine {MachineInfoLine()}");
        Console.WriteLine();
        Console.WriteLine("| stage (one call) | wall µs | CPU µs | allocated B |");
        Console.WriteLine("|---|--:|--:|--:|");
        Console.WriteLine(await StageMeter.MeasureAsync("parse the inbound activity (source-generated JSON)", iterations, i =>
        {
            _ = JsonSerializer.Deserialize(messageBytes, SchemaJsonContext.Default.Activity);
            return ValueTask.CompletedTask;
        }));
        var reader = Intake.Dialogs.Understanding.UnderstandingLoader.Load(Path.Combine(Intake.Dialogs.DialogsServiceCollectionExtensions.ContentRoot, "understanding"));
        string[] typed = ["my calves and lower back", "tbh my chest has been hurting since this morning and it goes down my left arm", "no tengo fiebre ni dolor de pecho, solo calambres"];
        Console.WriteLine(await StageMeter.MeasureAsync("understanding: ClinicalReader.Read of one typed answer (3 wordings, en/es, 24-78 chars)", iterations, i =>
        {
            _ = reader.Read(typed[i % typed.Length], i % typed.Length == 2 ? "es" : "en");
            return ValueTask.CompletedTask;
        }));
        Console.WriteLine(await StageMeter.MeasureAsync("BotAdapter.ProcessAsync, expectReplies sink (lock, middleware, state load/save, bot, flush)", iterations, async i =>
            await adapter.ProcessAsync(TurnActivity(i, expectReplies: true), TurnCaller.Anonymous, CancellationToken.None)));
        var storage = intake.Services.GetRequiredService<Intake.Bots.State.IStorage>();
        var locks = intake.Services.GetRequiredService<ConversationLocks>();
        Console.WriteLine(await StageMeter.MeasureAsync("  of which: conversation lock acquire + release", iterations, async i =>
        {
            using var held = await locks.AcquireAsync($"emulator\nprofile-{i}", CancellationToken.None);
        }));
        Console.WriteLine(await StageMeter.MeasureAsync("  of which: state, both scopes loaded + saved unchanged (StateMiddleware's I/O)", iterations, async i =>
        {
            var conversation = await Intake.Bots.State.StateScope.LoadAsync(storage, Intake.Bots.State.StateKeys.Conversation("emulator", $"profile-True-{i % 1000:D6}"), CancellationToken.None);
            var user = await Intake.Bots.State.StateScope.LoadAsync(storage, Intake.Bots.State.StateKeys.User("emulator", $"user-profile-True-{i % 1000:D6}"), CancellationToken.None);
            await conversation.SaveAsync(storage, CancellationToken.None);
            await user.SaveAsync(storage, CancellationToken.None);
        }));
        Console.WriteLine(await StageMeter.MeasureAsync("serialize the expectReplies answer (one reply)", iterations, i =>
        {
            _ = JsonSerializer.SerializeToUtf8Bytes(answer, SchemaJsonContext.Default.ExpectedReplies);
            return ValueTask.CompletedTask;
        }));
        Console.WriteLine(await StageMeter.MeasureAsync("build the addressed reply (Replies.Address)", iterations, i =>
        {
            _ = Replies.Address(new Activity { Type = ActivityTypes.Message, Text = "x" }, message, DateTimeOffset.UtcNow);
            return ValueTask.CompletedTask;
        }));
        var uri = ConnectorClient.ActivitiesUri(reply.ServiceUrl, reply.Conversation!.Id, reply.ReplyToId);
        for (var round = 1; round <= 2; round++)
        {
            // Twice, interleaved: on a shared machine one measurement of each is not enough to compare.
            Console.WriteLine(await StageMeter.MeasureAsync($"connector POST via Intake's ConnectorClient (typed client, standard resilience) incl. local connector, round {round}", iterations, async i =>
                await connectorClient.SendAsync(reply, CancellationToken.None)));
            Console.WriteLine(await StageMeter.MeasureAsync($"connector POST via a plain HttpClient (as the echo does) incl. local connector, round {round}", iterations, async i =>
            {
                using var response = await plain.PostAsJsonAsync(uri, reply, SchemaJsonContext.Default.Activity);
                _ = await response.Content.ReadFromJsonAsync(SchemaJsonContext.Default.ResourceResponse);
            }));
        }

        var typing = new Intake.Bots.Middleware.TypingMiddleware(TimeProvider.System);
        var immediate = new ConnectorReplySink(connectorClient);
        Console.WriteLine(await StageMeter.MeasureAsync("  TypingMiddleware around a turn that ends at once, normal delivery (linked CTS + 500 ms timer, cancelled)", iterations, async i =>
            await typing.InvokeAsync(new TurnContext(message, immediate, TurnCaller.Anonymous, TimeProvider.System), static (_, _) => Task.CompletedTask, CancellationToken.None)));
        Console.WriteLine(await StageMeter.MeasureAsync("BotAdapter.ProcessAsync, normal delivery (as above + connector POSTs + typing timer)", iterations, async i =>
            await adapter.ProcessAsync(TurnActivity(i, expectReplies: false), TurnCaller.Anonymous, CancellationToken.None)));
        return 0;
    }

    private static string MachineInfoLine() => $"{Reporting.MachineInfo.Describe()}, load {Reporting.MachineInfo.LoadAverage()}";
}
