using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Identity.Client;

namespace Intake.IntegrationTests.Auth;

/// <summary>
/// Stands in for Entra's token endpoint: HTTPS on a loopback port with a certificate made at test time
/// (trusted only by the clients this class configures), answering the client-credentials grant at
/// <c>/{tenant}/oauth2/v2.0/token</c> with a new access token each time.
/// </summary>
public sealed class LocalTokenEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly X509Certificate2 _certificate;
    private int _issued;

    private LocalTokenEndpoint(WebApplication app, X509Certificate2 certificate)
    {
        _app = app;
        _certificate = certificate;
    }

    /// <summary>The authority root: <c>https://127.0.0.1:PORT</c>; a login URL is this plus <c>/{tenant}</c>.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Every token request: the tenant in its path and its form fields.</summary>
    public ConcurrentQueue<(string Tenant, Dictionary<string, string> Form)> Requests { get; } = new();

    /// <summary>The tenant whose token requests are refused as with a wrong secret.</summary>
    public const string RefusingTenant = "refusing-tenant";

    /// <summary>The <c>expires_in</c> of the tokens it issues.</summary>
    public int ExpiresInSeconds { get; set; } = 3600;

    public static async Task<LocalTokenEndpoint> StartAsync()
    {
        var certificate = CreateCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        var endpoint = new LocalTokenEndpoint(app, certificate);
        app.MapPost("/{tenant}/oauth2/v2.0/token", endpoint.IssueAsync);
        await app.StartAsync();
        endpoint.BaseUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return endpoint;
    }

    /// <summary>A handler that trusts this endpoint's certificate (and no other).</summary>
    public SocketsHttpHandler TrustingHandler()
    {
        var thumbprint = _certificate.GetCertHashString();
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is not null && certificate.GetCertHashString() == thumbprint,
            },
        };
    }

    /// <summary>MSAL's HTTP, trusting this endpoint.</summary>
    public IMsalHttpClientFactory MsalHttp() => new TrustingMsalHttp(new HttpClient(TrustingHandler()));

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _certificate.Dispose();
    }

    private async Task<IResult> IssueAsync(HttpContext http, string tenant)
    {
        var form = await http.Request.ReadFormAsync();
        Requests.Enqueue((tenant, form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal)));
        if (tenant == RefusingTenant)
        {
            return Results.Json(new Dictionary<string, object> { ["error"] = "invalid_client", ["error_description"] = "AADSTS7000215: Invalid client secret provided." }, statusCode: 401);
        }

        var token = $"access-token-{Interlocked.Increment(ref _issued)}";
        return Results.Json(new Dictionary<string, object> { ["token_type"] = "Bearer", ["expires_in"] = ExpiresInSeconds, ["ext_expires_in"] = ExpiresInSeconds, ["access_token"] = token });
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), password: null);
    }

    private sealed class TrustingMsalHttp(HttpClient client) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => client;
    }
}
