using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Intake.IntegrationTests.EndToEnd;
using Intake.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Intake.IntegrationTests.Fuzz;

/// <summary>
/// Ten thousand seeded hostile activities against the real host (Production, the real intake, a fake
/// connector on loopback as its one allowed reply path): no 5xx but 501 for an invoke nobody answers, no
/// apology for a failed turn, logs neither forged nor flooded, and a normal intake still right afterwards.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Count = 10_000;
    // A fixed seed, so a failure found in CI is found again; INTAKE_FUZZ_SEED tries another run.
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("INTAKE_FUZZ_SEED"), out var seed) ? seed : 20261201;
    private const int MaxLogLine = 2048;
    private readonly CapturingLoggerProvider _logs = new();
    private IntakeHost _host = null!;
    private FakeConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _host = IntakeHost.Start(
            new Dictionary<string, string?> { ["AllowUnauthenticated"] = "true", ["Bot:ServiceUrls:0"] = _connector.ServiceUrl },
            services => services.AddSingleton<ILoggerProvider>(_logs),
            environment: "Production");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task TenThousandHostileActivities_NoServerErrorNoFailedTurnNoForgedLog()
    {
        var generator = new HostileActivities(Seed, _connector.ServiceUrl);
        var bodies = Enumerable.Range(0, Count).Select(generator.Next).ToList();
        var statuses = new ConcurrentDictionary<HttpStatusCode, int>();
        var failures = new ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));

        await Parallel.ForEachAsync(Enumerable.Range(0, Count), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = timeout.Token }, async (i, ct) =>
        {
            var (body, contentType) = bodies[i];
            using var content = new ByteArrayContent(body);
            if (contentType.Length > 0)
            {
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            }

            using var response = await _host.Client.PostAsync("/api/messages", content, ct);
            var answer = await response.Content.ReadAsStringAsync(ct);
            statuses.AddOrUpdate(response.StatusCode, 1, (_, n) => n + 1);
            if ((int)response.StatusCode >= 500 && response.StatusCode != HttpStatusCode.NotImplemented)
            {
                failures.Enqueue($"#{i} {(int)response.StatusCode} {answer[Math.Max(0, answer.IndexOf("detail", StringComparison.Ordinal))..]} {System.Text.Encoding.UTF8.GetString(body)[..Math.Min(body.Length, 300)]}");
            }

            if (answer.Contains("went wrong", StringComparison.Ordinal))
            {
                failures.Enqueue($"#{i} a failed turn's apology");
            }
        });

        output.WriteLine($"{Count} hostile activities (seed {Seed}) in {clock.Elapsed.TotalSeconds:F1} s: " +
            string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}: {s.Value}")));
        foreach (var failure in failures.Take(20))
        {
            output.WriteLine(failure);
        }

        Assert.Empty(failures);
        Assert.DoesNotContain(_connector.Calls, c => c.Activity?.Text?.Contains("went wrong", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(_logs.Lines, l => l.Length > MaxLogLine || l.Contains('\r') || l.Contains('\n') || l.Contains("FORGED", StringComparison.Ordinal) && !l.Contains("\\r\\n", StringComparison.Ordinal));

        var client = new BotClient(_host.Client) { ServiceUrl = _connector.ServiceUrl };
        var result = await IntakeScript.CompleteAsync(client);
        Assert.Contains(result, r => r.Text?.StartsWith("Please call the clinic or a doctor today", StringComparison.Ordinal) == true);
    }
}
