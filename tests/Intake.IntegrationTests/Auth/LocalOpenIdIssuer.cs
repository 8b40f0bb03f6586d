using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Intake.IntegrationTests.Auth;

/// <summary>
/// Stands in for login.botframework.com and Entra on a loopback port: OpenID metadata and a JWKS for two
/// issuers (<c>/botframework/…</c>, <c>/entra/…</c>), with RSA keys made at test time, each key with the
/// channels it endorses. Counts the requests for keys and can be taken down and brought back.
/// </summary>
public sealed class LocalOpenIdIssuer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<SigningKey>> _published = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _keyFetches = new(StringComparer.Ordinal);

    private LocalOpenIdIssuer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Answers 503 to everything while set.</summary>
    public bool Down { get; set; }

    public string ChannelMetadataUrl => $"{BaseUrl}/botframework/.well-known/openidconfiguration";

    public string EntraMetadataUrl => $"{BaseUrl}/entra/v2.0/.well-known/openid-configuration";

    /// <summary>The key the channel issuer signs with, endorsed for Teams, Web Chat, Direct Line and the Emulator.</summary>
    public SigningKey ChannelKey { get; } = SigningKey.Create("msteams", "webchat", "directline", "emulator");

    /// <summary>A channel issuer key endorsed for Teams only.</summary>
    public SigningKey TeamsOnlyKey { get; } = SigningKey.Create("msteams");

    /// <summary>A channel issuer key that carries no endorsements at all.</summary>
    public SigningKey UnendorsedKey { get; } = SigningKey.Create();

    /// <summary>The key Entra signs with (Entra keys carry no endorsements).</summary>
    public SigningKey EntraKey { get; } = SigningKey.Create();

    public int KeyFetches(string issuer) => _keyFetches.GetValueOrDefault(issuer);

    public int MetadataFetches(string issuer) => _keyFetches.GetValueOrDefault(issuer + "/metadata");

    public static async Task<LocalOpenIdIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var issuer = new LocalOpenIdIssuer(app);
        issuer.Publish("botframework", issuer.ChannelKey);
        issuer.Publish("botframework", issuer.TeamsOnlyKey);
        issuer.Publish("botframework", issuer.UnendorsedKey);
        issuer.Publish("entra", issuer.EntraKey);
        app.MapGet("/botframework/.well-known/openidconfiguration", (HttpContext http) => issuer.Metadata(http, "botframework", "https://api.botframework.com"));
        app.MapGet("/entra/v2.0/.well-known/openid-configuration", (HttpContext http) => issuer.Metadata(http, "entra", "https://login.microsoftonline.com/{tenantid}/v2.0"));
        app.MapGet("/{name}/keys", (HttpContext http, string name) => issuer.Keys(http, name));
        await app.StartAsync();
        issuer.BaseUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return issuer;
    }

    /// <summary>Adds a key to an issuer's JWKS (a rollover).</summary>
    public void Publish(string issuer, SigningKey key) => _published.GetOrAdd(issuer, _ => new()).Enqueue(key);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        foreach (var key in _published.Values.SelectMany(k => k))
        {
            key.Dispose();
        }
    }

    private IResult Metadata(HttpContext http, string name, string issuer)
    {
        _keyFetches.AddOrUpdate(name + "/metadata", 1, (_, n) => n + 1);
        if (Down)
        {
            return Results.StatusCode(503);
        }

        var document = new JsonObject
        {
            ["issuer"] = issuer,
            ["jwks_uri"] = $"{BaseUrl}/{name}/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        };
        return Results.Text(document.ToJsonString(), "application/json");
    }

    private IResult Keys(HttpContext http, string name)
    {
        _keyFetches.AddOrUpdate(name, 1, (_, n) => n + 1);
        if (Down)
        {
            return Results.StatusCode(503);
        }

        var keys = new JsonArray();
        foreach (var key in _published.GetValueOrDefault(name) ?? new ConcurrentQueue<SigningKey>())
        {
            keys.Add(key.ToJwk());
        }

        return Results.Text(new JsonObject { ["keys"] = keys }.ToJsonString(), "application/json");
    }
}
