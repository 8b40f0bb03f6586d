using Intake.Bots.Auth;
using Intake.Bots.Delivery;
using Intake.Bots.Middleware;
using Intake.Bots.Startup;
using Intake.Bots.Teams;
using Intake.Bots.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Identity.Client;
using Polly;

namespace Intake.Bots;

/// <summary>Registers the protocol engine: the adapter and its pipeline, delivery, and the start-up checks.</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// Adds the adapter and its pipeline. The application registers its <see cref="IBot"/>, a
    /// <see cref="Content.ContentCatalog"/> and an <see cref="State.IStorage"/> (Intake.Storage's
    /// <c>AddIntakeStorage</c>); an edge (Intake.Bots.AspNetCore) calls the adapter. Calling it twice is harmless.
    /// </summary>
    public static IServiceCollection AddIntakeBots(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ChannelAuthOptions>().BindConfiguration(string.Empty);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ConversationLocks>();
        services.TryAddSingleton<RecentAnswers>();
        services.TryAddSingleton<BotAdapter>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupCheck, ChannelAuthStartupCheck>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupCheck, ContentStartupCheck>());
        services.TryAddSingleton<StartupChecks>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, StartupChecks>(sp => sp.GetRequiredService<StartupChecks>()));

        // The turn, outermost first: a failing turn is caught around everything and saves nothing; Teams
        // drops what is not for the bot before any state is read, and fits the replies to Teams; the
        // state is read and saved once, with the ids of the activities it has processed; typing shows
        // while the bot works.
        services.TryAddSingleton<TurnHandler>(sp => new TurnPipeline()
            .Use(ActivatorUtilities.CreateInstance<ErrorBoundaryMiddleware>(sp))
            .Use(new TeamsMiddleware())
            .Use(ActivatorUtilities.CreateInstance<StateMiddleware>(sp))
            .Use(ActivatorUtilities.CreateInstance<ExactlyOnceMiddleware>(sp))
            .Use(ActivatorUtilities.CreateInstance<TypingMiddleware>(sp))
            .Run(sp.GetRequiredService<IBot>()));

        if (!services.Any(d => d.ServiceType == typeof(ConnectorClient)))
        {
            // The bot's own token for the connector (none without an App ID), from the identity provider
            // through MSAL; the HttpClient neither logs (its URLs and bodies hold credentials) nor follows redirects.
            services.TryAddSingleton<ConnectorTokens>();
            services.TryAddSingleton<IMsalHttpClientFactory, MsalHttpClients>();
            services.AddHttpClient(MsalHttpClients.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30))
                .RemoveAllLoggers()
                .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });

            // Only what a connector call needs: at most two retries on 408/429/5xx, jittered, that honour Retry-After, and a
            // per-attempt timeout. The standard handler's rate limiter and circuit breaker cost twice the
            // CPU of the call itself (measured: tests/Intake.Benchmarks --profile).
            // No HttpClient logging: it writes four lines and a scope per reply with the full URL, whose path
            // is the conversation id; the connector client logs a failure once, by sanitised id.
            services.AddHttpClient<ConnectorClient>(ConnectorClient.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30))
                .RemoveAllLoggers()
                // A redirect is never followed: a 307 would re-POST the patient's reply elsewhere, a 302 turn it
                // into a GET. The policy checked the serviceUrl, not where a connector points next.
                .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
                .AddResilienceHandler("connector", pipeline => pipeline
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = 2,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = TimeSpan.FromMilliseconds(200),
                        ShouldRetryAfterHeader = true,
                    })
                    .AddTimeout(TimeSpan.FromSeconds(10)));
        }

        return services;
    }
}
