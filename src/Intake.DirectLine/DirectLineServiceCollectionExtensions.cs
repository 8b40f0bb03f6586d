using Intake.Bots.AspNetCore;
using Intake.DirectLine.Azure;
using Intake.DirectLine.Conversations;
using Intake.DirectLine.Tokens;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Intake.DirectLine;

/// <summary>Registers the embedded Direct Line and the page's token endpoint.</summary>
public static class DirectLineServiceCollectionExtensions
{
    /// <summary>Adds <c>DirectLine</c> settings (checked at start), tokens, conversations and their sweep. Calling it twice is harmless.</summary>
    public static IServiceCollection AddIntakeDirectLine(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddIntakeBotsHttp();
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.Mode != DirectLineMode.Azure || !string.IsNullOrWhiteSpace(o.Secret), "DirectLine:Mode is Azure but DirectLine:Secret is empty: set it to the Direct Line channel's secret (Azure portal, the bot's Channels, Direct Line).")
            .Validate(o => o.AllowedOrigins.All(IsOrigin), "DirectLine:AllowedOrigins holds an entry that is not an origin such as https://www.clinic.example (scheme and host, no path).")
            .Validate(o => o.AzureEndpoint.IsAbsoluteUri && (o.AzureEndpoint.Scheme == Uri.UriSchemeHttps || o.AzureEndpoint.IsLoopback), "DirectLine:AzureEndpoint must be an https URL (http only on loopback, for tests).")
            .ValidateOnStart();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DirectLineOptions>>((cors, directLine) => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins([.. directLine.Value.AllowedOrigins])
            .WithMethods("GET", "POST", "OPTIONS")
            .WithHeaders("Authorization", "Content-Type", "Accept", "x-ms-bot-agent")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TokenIssuer>();
        services.TryAddSingleton<ConversationRegistry>();
        services.TryAddSingleton<ConversationTurns>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ConversationSweeper>());
        if (!services.Any(d => d.ServiceType == typeof(AzureTokenClient)))
        {
            services.AddHttpClient<AzureTokenClient>(AzureTokenClient.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(15)).RemoveAllLoggers();
        }

        return services;
    }

    /// <summary>The CORS policy of the page's token endpoint and Direct Line: <c>DirectLine:AllowedOrigins</c> only.</summary>
    internal const string CorsPolicy = "Intake.DirectLine";

    private static bool IsOrigin(string origin)
        => Uri.TryCreate(origin, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.AbsolutePath == "/" && string.IsNullOrEmpty(uri.Query) && !origin.EndsWith('/') && string.IsNullOrEmpty(uri.UserInfo);
}
