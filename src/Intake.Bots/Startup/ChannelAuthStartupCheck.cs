using Intake.Bots.Auth;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Bots.Startup;

/// <summary>
/// Fails start-up with a sentence naming the setting when channel authentication is misconfigured: no App
/// ID outside Development (unless <c>AllowUnauthenticated</c>), an unknown <c>MicrosoftAppType</c>, a secret
/// or tenant the app type needs and does not have, or an endpoint that is not an https URL. Says so in the
/// log, loudly, when it runs unauthenticated (the Emulator without credentials).
/// </summary>
internal sealed class ChannelAuthStartupCheck(IOptions<ChannelAuthOptions> options, IHostEnvironment environment, ILogger<ChannelAuthStartupCheck> logger) : IStartupCheck
{
    public void Check()
    {
        var auth = options.Value;
        if (auth.HasAppId)
        {
            CheckCredentials(auth);
            Log.ChannelAuthOn(logger, auth.AppType!.Value.ToString());
            return;
        }

        if (!environment.IsDevelopment() && !auth.AllowUnauthenticated)
        {
            throw new StartupRefusedException(
                $"MicrosoftAppId is not set and the environment is '{environment.EnvironmentName}': refusing to accept unauthenticated channel requests. " +
                "Set MicrosoftAppId and MicrosoftAppPassword, or AllowUnauthenticated=true behind a gateway that authenticates.");
        }

        Log.AnonymousMode(logger, environment.EnvironmentName);
    }

    private static void CheckCredentials(ChannelAuthOptions auth)
    {
        var type = auth.AppType ?? throw new StartupRefusedException(
            $"MicrosoftAppType is '{auth.MicrosoftAppType}': use MultiTenant, SingleTenant or UserAssignedMSI.");
        if (type != ChannelAppType.UserAssignedMSI && string.IsNullOrWhiteSpace(auth.MicrosoftAppPassword))
        {
            throw new StartupRefusedException(
                $"MicrosoftAppPassword is not set: a {type} bot (MicrosoftAppId is set) needs its client secret to answer the channel.");
        }

        if (type != ChannelAppType.MultiTenant && auth.TenantId is null)
        {
            throw new StartupRefusedException(
                $"MicrosoftAppTenantId is not set: a {type} bot needs the tenant of its app registration or managed identity.");
        }

        RequireEndpoint(nameof(ChannelAuthOptions.ToBotFromChannelOpenIdMetadataUrl), auth.ChannelMetadataUrl);
        RequireEndpoint(nameof(ChannelAuthOptions.ToBotFromEmulatorOpenIdMetadataUrl), auth.EmulatorMetadataUrl);
        RequireEndpoint(nameof(ChannelAuthOptions.ToChannelFromBotLoginUrl), auth.LoginUrl);
        if (!Uri.TryCreate(auth.OAuthScope, UriKind.Absolute, out _))
        {
            throw new StartupRefusedException($"ToChannelFromBotOAuthScope is '{auth.ToChannelFromBotOAuthScope}': it must be an absolute URI such as https://api.botframework.com.");
        }
    }

    // Keys and tokens come over TLS; plain http only from this machine (a developer's or a test's issuer).
    private static void RequireEndpoint(string setting, string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            throw new StartupRefusedException($"{setting} is '{value}': it must be an absolute https URL.");
        }
    }
}
