using Intake.Bots.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Storage.Redis;

/// <summary>Registers the Redis store (<c>Storage:Provider</c> = <c>Redis</c>).</summary>
internal static class RedisStorageExtensions
{
    public static void AddRedisStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<IStorage>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            var (connection, servers) = RedisConnections.Connect(configuration.GetConnectionString(StorageProviders.Redis));
            var storage = new RedisStorage(connection, options.ConversationTtl, options.RedisKeyPrefix, ownsConnection: true);
            Log.RedisConnected(
                provider.GetRequiredService<ILogger<RedisStorage>>(),
                servers,
                storage.KeyPrefix);
            return storage;
        });
    }
}
