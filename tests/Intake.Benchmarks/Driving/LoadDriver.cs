using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Intake.Schema;

namespace Intake.Benchmarks.Driving;

/// <summary>
/// Plays <c>N</c> scripted conversations against one <c>/api/messages</c>, <c>C</c> at a time, each
/// one turn at a time (the next turn is sent when the answer to the last one is in). With
/// <c>checkIntake</c> every answer must also move the intake to the step the script expects.
/// </summary>
internal sealed class LoadDriver(HttpClient http, Uri target, Uri serviceUrl, bool expectReplies, bool checkIntake) : ILoadDriver
{
    private const int SampleSize = 200;

    public async Task<LoadResult> RunAsync(string runId, int conversations, int concurrency)
    {
        var endpoint = new Uri(target, "/api/messages");
        var next = -1;
        var errors = new ErrorTally();
        var expected = new ConcurrentBag<string>();
        var sample = new ConcurrentBag<ScriptedConversation>();
        var latencies = new List<long>[concurrency];
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var mine = latencies[worker] = new List<long>(conversations / concurrency * IntakeScript.Turns.Count + 16);
            int index;
            while ((index = Interlocked.Increment(ref next)) < conversations)
            {
                var conversation = new ScriptedConversation(runId, index, serviceUrl, expectReplies);
                await PlayAsync(endpoint, conversation, mine, errors, expected);
                if (index < SampleSize)
                {
                    sample.Add(conversation);
                }
            }
        }));
        await Task.WhenAll(workers);
        clock.Stop();
        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new LoadResult(conversations, all.Length, clock.Elapsed, all, errors, [.. expected], [.. sample]);
    }

    /// <summary>Plays one whole conversation, every answer checked; returns the reasons of its errors (none: empty).</summary>
    public async Task<ErrorTally> PlayOneAsync(ScriptedConversation conversation)
    {
        var errors = new ErrorTally();
        await PlayAsync(new Uri(target, "/api/messages"), conversation, [], errors, []);
        return errors;
    }

    private async Task PlayAsync(Uri endpoint, ScriptedConversation conversation, List<long> latencies, ErrorTally errors, ConcurrentBag<string> expected)
    {
        var turns = IntakeScript.Turns;
        for (var i = 0; i < turns.Count; i++)
        {
            var activity = conversation.Build(i, turns[i]);
            using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, SchemaJsonContext.Default.Activity));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            var start = Stopwatch.GetTimestamp();
            string? problem;
            try
            {
                using var response = await http.PostAsync(endpoint, content);
                var body = await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetTimestamp() - start);
                problem = TurnChecker.Check(response.StatusCode, body, activity, expectReplies);
                if (problem is null && checkIntake && expectReplies)
                {
                    problem = TurnChecker.CheckIntake(body, turns[i]);
                }
            }
            catch (HttpRequestException ex)
            {
                latencies.Add(Stopwatch.GetTimestamp() - start);
                problem = $"transport: {ex.HttpRequestError}";
            }
            catch (TaskCanceledException)
            {
                latencies.Add(Stopwatch.GetTimestamp() - start);
                problem = "timeout";
            }

            if (problem is not null)
            {
                errors.Add(problem);
            }
            else if (!expectReplies && activity.IsType(ActivityTypes.Message))
            {
                expected.Add($"{activity.Conversation!.Id}\t{activity.Id}");
            }
        }
    }
}
