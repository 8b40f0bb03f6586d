using System.Collections.Concurrent;
using System.Net;
using Intake.Bots.Auth;
using Intake.Bots.Delivery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Intake.IntegrationTests.Auth;

/// <summary>
/// A UserAssignedMSI bot asks the Azure host's managed identity endpoint (App Service's, stood in for on a
/// loopback port through its IDENTITY_ENDPOINT / IDENTITY_HEADER variables) for the connector's resource.
/// </summary>
[Collection(ManagedIdentityEnvironment.Name)]
public sealed class ManagedIdentityTokenTests
{
    [Fact]
    public async Task UserAssignedMsi_AsksTheHostsIdentityEndpointForTheConnector_WithItsClientId()
    {
        var requests = new ConcurrentQueue<IQueryCollection>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        await using var app = builder.Build();
        app.MapGet("/msi/token", (HttpContext http) =>
        {
            requests.Enqueue(http.Request.Query);
            return http.Request.Headers["X-IDENTITY-HEADER"] == "secret-header"
                ? Results.Json(new Dictionary<string, string> { ["access_token"] = "msi-token-1", ["expires_on"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), ["resource"] = "https://api.botframework.com", ["token_type"] = "Bearer" })
                : Results.StatusCode(401);
        });
        await app.StartAsync();
        var endpoint = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var clientId = Guid.NewGuid().ToString();
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", $"{endpoint}/msi/token");
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", "secret-header");
        try
        {
            var auth = new ChannelAuthOptions { MicrosoftAppType = "UserAssignedMSI", MicrosoftAppId = clientId, MicrosoftAppTenantId = Guid.NewGuid().ToString() };
            using var http = new HttpClient();
            using var tokens = new ConnectorTokens(new ManagedIdentityTokenSource(auth, new PlainMsalHttp(http)), new FakeTimeProvider(DateTimeOffset.UtcNow));

            var token = await tokens.GetAsync(CancellationToken.None);
            var again = await tokens.GetAsync(CancellationToken.None);

            Assert.Equal("msi-token-1", token);
            Assert.Equal(token, again);
            var query = Assert.Single(requests);
            Assert.Equal("https://api.botframework.com", query["resource"].ToString());
            Assert.Equal(clientId, query["client_id"].ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", null);
            Environment.SetEnvironmentVariable("IDENTITY_HEADER", null);
        }
    }

    private sealed class PlainMsalHttp(HttpClient client) : Microsoft.Identity.Client.IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => client;
    }
}

/// <summary>Tests that set the process's managed-identity variables run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ManagedIdentityEnvironment
{
    public const string Name = "Managed identity environment";
}
