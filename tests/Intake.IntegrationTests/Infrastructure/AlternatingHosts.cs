using Intake.IntegrationTests.EndToEnd;

namespace Intake.IntegrationTests.Infrastructure;

/// <summary>
/// An <see cref="HttpClient"/> whose requests go to each of several hosts in turn, the way a load balancer without
/// affinity spreads one conversation's turns: what one host wrote, the next must read from the shared store.
/// </summary>
public sealed class AlternatingHosts(params IntakeHost[] hosts) : DelegatingHandler(new HttpClientHandler())
{
    private int _next;

    /// <summary>How many requests each host answered.</summary>
    public int[] Served { get; } = new int[hosts.Length];

    /// <summary>
    /// One whole intake whose requests alternate between <paramref name="first"/> and <paramref name="second"/>: one
    /// welcome (a second join is answered by nothing), a result, and each host serving a share of the turns.
    /// </summary>
    public static async Task PlayOneConversationAcrossAsync(IntakeHost first, IntakeHost second)
    {
        using var hosts = new AlternatingHosts(first, second);
        using var http = hosts.CreateClient();
        var client = new BotClient(http);

        var greeting = await client.JoinAsync();
        var again = await client.JoinAsync();
        var result = await IntakeScript.CompleteAsync(client);

        Assert.NotEmpty(greeting);
        Assert.Empty(again);
        Assert.Contains(result, r => r.ChannelData is { } data && data.TryGetProperty("intake", out var intake) && intake.TryGetProperty("careLevel", out _));
        Assert.All(hosts.Served, served => Assert.True(served > 5));
    }

    public HttpClient CreateClient() => new(this, disposeHandler: false) { BaseAddress = hosts[0].BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var index = Interlocked.Increment(ref _next) % hosts.Length;
        Interlocked.Increment(ref Served[index]);
        request.RequestUri = new Uri(hosts[index].BaseAddress, request.RequestUri!.PathAndQuery);
        return base.SendAsync(request, cancellationToken);
    }
}
