using Intake.Bots.AspNetCore;
using Intake.DirectLine.Azure;
using Intake.DirectLine.Conversations;
using Intake.DirectLine.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

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
            .Validate(o => o.AzureEndpoint.IsAbsoluteUri && (o.AzureEndpoint.Scheme == Uri.UriSchemeHttps || o.AzureEndpoint.IsLoopback), "DirectLine:AzureEndpoint must be an https URL (http only on loopback, for tests).")
            .ValidateOnStart();
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
}
