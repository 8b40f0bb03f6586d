using Intake.Bots.Auth;
using Intake.Bots.Delivery;
using Intake.Bots.Middleware;
using Intake.Bots.State;
using Intake.Bots.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Intake.Bots.Hosting;

/// <summary>Registers the protocol host: adapter, pipeline, delivery, auth and the default in-memory store.</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// Adds the adapter and its middleware in their fixed order (error boundary → state → typing → bot).
    /// The application registers its <see cref="IBot"/>, a <see cref="Content.ContentCatalog"/> and an
    /// <see cref="IStorage"/> (Intake.Storage's <c>AddIntakeStorage</c>). Calling it twice is harmless.
    /// </summary>
    public static IServiceCollection AddIntakeBots(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ChannelAuthOptions>().BindConfiguration(string.Empty);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ConversationLocks>();
        services.TryAddSingleton<DuplicateFilter>();
        services.TryAddSingleton<BotAdapter>();
        services.TryAddSingleton<ChannelAuthenticator>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, ChannelAuthStartupCheck>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, Content.ContentStartupCheck>());

        // Order matters: the error boundary wraps the state load/save, which wraps the typing indicator.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnMiddleware, ErrorBoundaryMiddleware>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnMiddleware, StateMiddleware>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITurnMiddleware, TypingMiddleware>());

        if (!services.Any(d => d.ServiceType == typeof(ConnectorClient)))
        {
            // Only what a connector call needs: retries on 408/429/5xx that honour Retry-After, and a
            // per-attempt timeout. The standard handler's rate limiter and circuit breaker cost twice the
            // CPU of the call itself (measured: tests/Intake.Benchmarks --profile).
            services.AddHttpClient<ConnectorClient>(ConnectorClient.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30))
                .AddResilienceHandler("connector", pipeline => pipeline
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = 3,
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
