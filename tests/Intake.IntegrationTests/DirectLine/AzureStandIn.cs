using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.IntegrationTests.DirectLine;

/// <summary>A stand-in for Azure's Direct Line on loopback: <c>tokens/generate</c> answers the one secret it knows.</summary>
internal sealed class AzureStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;

    private AzureStandIn(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    /// <summary>The bodies of the generate requests it got.</summary>
    public List<string> Requests { get; } = [];

    public static async Task<AzureStandIn> StartAsync(string secret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        AzureStandIn? self = null;
        app.MapPost("/v3/directline/tokens/generate", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            self!.Requests.Add(await reader.ReadToEndAsync());
            return http.Request.Headers.Authorization == $"Bearer {secret}"
                ? Results.Text("""{"conversationId":"azure-conversation","token":"azure-token","expires_in":1800}""", "application/json")
                : Results.StatusCode(StatusCodes.Status403Forbidden);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        self = new AzureStandIn(app, new Uri(new Uri(address), "/v3/directline"));
        return self;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
