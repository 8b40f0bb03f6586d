using Intake.Bots.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intake.Storage;

/// <summary>Registers the configured <see cref="IStorage"/>.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Adds the store named by <c>Storage:Provider</c>.</summary>
    public static IServiceCollection AddIntakeStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var provider = configuration[$"{StorageOptions.Section}:Provider"] ?? StorageProviders.Sqlite;
        switch (provider)
        {
            default:
                services.TryAddSingleton<IStorage, MemoryStorage>();
                break;
        }

        return services;
    }
}
