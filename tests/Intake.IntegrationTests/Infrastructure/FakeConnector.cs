using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Intake.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intake.IntegrationTests.Infrastructure;

/// <summary>
/// A channel's connector on its own loopback port: records every call the bot makes to
/// <c>/v3/conversations/…</c> and answers like the Emulator does (200 with an id), or with a chosen
/// status for the first calls to test retries.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _failuresLeft;
    private int _next;

    private FakeConnector(WebApplication app) => _app = app;

    /// <summary>The serviceUrl to put on inbound activities (no trailing slash, like the Emulator's).</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    public ConcurrentQueue<ConnectorCall> Calls { get; } = new();

    /// <summary>Status to answer with instead of 200 for the next <paramref name="count"/> calls.</summary>
    public HttpStatusCode FailureStatus { get; private set; } = HttpStatusCode.OK;

    /// <summary>Runs when a call arrives, before it is answered (a test can stop the bot's host right there).</summary>
    public Func<Task>? OnCall { get; set; }

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.Map("/v3/conversations/{conversationId}/activities/{**activityId}", connector.HandleAsync);
        await app.StartAsync();
        connector.ServiceUrl = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return connector;
    }

    public void FailNext(int count, HttpStatusCode status)
    {
        FailureStatus = status;
        _failuresLeft = count;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext http, string conversationId, string? activityId)
    {
        Activity? activity = null;
        if (http.Request.ContentLength is > 0 || http.Request.ContentType is not null)
        {
            activity = await JsonSerializer.DeserializeAsync(http.Request.Body, SchemaJsonContext.Default.Activity);
        }

        Calls.Enqueue(new ConnectorCall(http.Request.Method, conversationId, activityId, activity, http.Request.Headers.Authorization.ToString()));
        if (OnCall is { } onCall)
        {
            await onCall();
        }

        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            http.Response.StatusCode = (int)FailureStatus;
            if (FailureStatus == HttpStatusCode.TooManyRequests)
            {
                http.Response.Headers.RetryAfter = "0";
            }
            else if ((int)FailureStatus is >= 300 and < 400)
            {
                // Points back at itself: a client that followed it would be counted a second time.
                http.Response.Headers.Location = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.Path}";
            }

            return;
        }

        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync($$"""{"id":"sent-{{Interlocked.Increment(ref _next)}}"}""");
    }
}
