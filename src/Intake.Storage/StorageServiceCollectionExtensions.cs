using Intake.Bots.State;
using Intake.Storage.PostgreSql;
using Intake.Storage.Redis;
using Intake.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Intake.Storage;

/// <summary>Registers the configured <see cref="IStorage"/>.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds the store named by <c>Storage:Provider</c> (<c>Sqlite</c> when unset) as a singleton, opened
    /// when the host starts. An unknown provider stops the host at start-up with a sentence naming the setting.
    /// </summary>
    public static IServiceCollection AddIntakeStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<StorageStartup>();

        // A store registered before (a test's own) is kept: every registration below is a TryAdd.
        switch (configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.Provider)}"] ?? StorageProviders.Sqlite)
        {
            case StorageProviders.Sqlite:
                services.AddSqliteStorage(configuration);
                break;
            case StorageProviders.Memory:
                services.TryAddSingleton<IStorage>(provider => new MemoryStorage(
                    provider.GetService<TimeProvider>() ?? TimeProvider.System,
                    provider.GetRequiredService<IOptions<StorageOptions>>().Value.ConversationTtl));
                break;
            case StorageProviders.Redis:
                services.AddRedisStorage(configuration);
                break;
            case StorageProviders.PostgreSql:
                services.AddPostgreSqlStorage(configuration);
                break;
            default:
                // Reading the options throws the validation sentence (ValidateOnStart says it first).
                services.TryAddSingleton<IStorage>(provider => throw new Intake.Bots.Startup.StartupRefusedException(
                    provider.GetRequiredService<IOptions<StorageOptions>>().Value.Provider + " is not a Storage:Provider of this build."));
                break;
        }

        return services;
    }
}
