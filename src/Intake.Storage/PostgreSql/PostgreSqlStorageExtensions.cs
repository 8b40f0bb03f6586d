using Intake.Bots.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Storage.PostgreSql;

/// <summary>Registers the PostgreSQL store (<c>Storage:Provider</c> = <c>PostgreSql</c>).</summary>
internal static class PostgreSqlStorageExtensions
{
    public static void AddPostgreSqlStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<IStorage>(provider =>
        {
            var dataSource = PostgreSqlConnections.Create(configuration.GetConnectionString(StorageProviders.PostgreSql));
            PostgreSqlStorage storage;
            try
            {
                storage = new PostgreSqlStorage(
                    dataSource,
                    provider.GetService<TimeProvider>() ?? TimeProvider.System,
                    provider.GetRequiredService<IOptions<StorageOptions>>().Value.ConversationTtl);
            }
            catch (Exception ex) when (PostgreSqlConnections.Refusal(ex, dataSource) is { } refusal)
            {
                dataSource.Dispose();
                throw refusal;
            }

            Log.PostgreSqlOpened(
                provider.GetRequiredService<ILogger<PostgreSqlStorage>>(),
                storage.Database,
                PostgreSqlConnections.Describe(dataSource),
                PostgreSqlSql.Table);
            return storage;
        });
    }
}
