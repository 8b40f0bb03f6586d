using Intake.Bots.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Storage.Sqlite;

/// <summary>Registers the SQLite store (<c>Storage:Provider</c> = <c>Sqlite</c>).</summary>
internal static class SqliteStorageExtensions
{
    public static void AddSqliteStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<IStorage>(provider =>
        {
            var contentRoot = provider.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
            var connectionString = SqliteConnectionStrings.Resolve(configuration.GetConnectionString(StorageProviders.Sqlite), contentRoot);
            var storage = new SqliteStorage(
                connectionString,
                provider.GetService<TimeProvider>() ?? TimeProvider.System,
                provider.GetRequiredService<IOptions<StorageOptions>>().Value.ConversationTtl);
            Log.SqliteOpened(provider.GetRequiredService<ILogger<SqliteStorage>>(), storage.DataSource, storage.JournalMode);
            return storage;
        });
    }
}
