using System.Net.Http.Headers;
using System.Net.Http.Json;
using Intake.Bots.State;
using Intake.IntegrationTests.Infrastructure;
using Intake.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intake.IntegrationTests.Auth;

/// <summary>
/// The real host with an App ID, validating tokens against a <see cref="LocalOpenIdIssuer"/> on another
/// loopback port, its log lines captured.
/// </summary>
public sealed class AuthHost : IAsyncDisposable
{
    public const string TenantId = "0b5f8e0c-6a44-4c8e-9d4e-4f3c1a2b7d11";

    private AuthHost(LocalOpenIdIssuer issuer, IntakeHost host, CapturingLoggerProvider logs, string appId)
    {
        Issuer = issuer;
        Host = host;
        Logs = logs;
        AppId = appId;
    }

    public LocalOpenIdIssuer Issuer { get; }

    public IntakeHost Host { get; }

    public CapturingLoggerProvider Logs { get; }

    public string AppId { get; }

    public IStorage Storage => Host.Services.GetRequiredService<IStorage>();

    /// <summary>Starts an issuer and a single-tenant host trusting it; <paramref name="settings"/> add to or override the defaults.</summary>
    public static async Task<AuthHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, LocalOpenIdIssuer? issuer = null, string environment = "Development")
    {
        issuer ??= await LocalOpenIdIssuer.StartAsync();
        var logs = new CapturingLoggerProvider();
        var appId = Guid.NewGuid().ToString();
        var merged = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = "test-secret-" + Guid.NewGuid().ToString("N"),
            ["MicrosoftAppTenantId"] = TenantId,
            ["ToBotFromChannelOpenIdMetadataUrl"] = issuer.ChannelMetadataUrl,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = issuer.EntraMetadataUrl,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        var host = IntakeHost.Start(merged, s =>
        {
            s.AddSingleton<ILoggerProvider>(logs);
            services?.Invoke(s);
        }, environment);
        return new AuthHost(issuer, host, logs, appId);
    }

    /// <summary>POSTs <paramref name="activity"/> with <c>Authorization: {scheme} {token}</c> (none when <paramref name="token"/> is null).</summary>
    public async Task<HttpResponseMessage> PostAsync(Activity activity, string? token, string scheme = "Bearer")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(activity, SchemaJsonContext.Default.Activity),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue(scheme, token);
        }

        return await Host.Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
