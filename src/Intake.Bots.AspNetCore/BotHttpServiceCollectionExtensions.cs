using Intake.Bots.AspNetCore.Authentication;
using Intake.Bots.AspNetCore.ReplyPath;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intake.Bots.AspNetCore;

/// <summary>Registers the bot's HTTP edge: its settings, the channel authentication scheme and the engine.</summary>
public static class BotHttpServiceCollectionExtensions
{
    /// <summary>Adds the engine (<see cref="BotServiceCollectionExtensions.AddIntakeBots"/>) and what <c>MapBotMessages</c> needs. Calling it twice is harmless.</summary>
    public static IServiceCollection AddIntakeBotsHttp(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddIntakeBots();
        services.AddOptions<BotHttpOptions>().BindConfiguration(BotHttpOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.ServiceUrls.All(u => ServiceUrlPattern.TryParse(u, out _)), "Bot:ServiceUrls holds an entry that is not an http(s) origin such as https://bridge.example.org or https://*.botframework.us.")
            .ValidateOnStart();
        services.TryAddSingleton<ServiceUrlPolicy>();
        if (!services.Any(d => d.ServiceType == typeof(ChannelKeySources)))
        {
            // The issuers' metadata and keys: small documents, fetched rarely; a redirect is not followed.
            services.AddHttpClient(ChannelKeySources.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10))
                .RemoveAllLoggers()
                .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
            services.AddOptions<ChannelKeyRefreshOptions>().BindConfiguration(ChannelKeyRefreshOptions.Section);
            services.TryAddSingleton<ChannelKeySources>();
            services.TryAddSingleton<ChannelTokenValidator>();
        }

        if (!services.Any(d => d.ServiceType == typeof(ChannelAuthenticationHandler)))
        {
            services.AddAuthentication()
                .AddScheme<AuthenticationSchemeOptions, ChannelAuthenticationHandler>(ChannelAuthenticationDefaults.Scheme, displayName: "Bot Framework channel", configureOptions: null);
            services.Replace(ServiceDescriptor.Singleton<IAuthenticationSchemeProvider, NamedSchemesOnly>());
        }

        return services;
    }
}
