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

    public HttpClient CreateClient() => new(this, disposeHandler: false) { BaseAddress = hosts[0].BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var index = Interlocked.Increment(ref _next) % hosts.Length;
        Interlocked.Increment(ref Served[index]);
        request.RequestUri = new Uri(hosts[index].BaseAddress, request.RequestUri!.PathAndQuery);
        return base.SendAsync(request, cancellationToken);
    }
}
